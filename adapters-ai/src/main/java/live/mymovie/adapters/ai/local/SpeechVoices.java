package live.mymovie.adapters.ai.local;

/** Picks the espeak-ng voice for a line from the script its letters are written in. */
final class SpeechVoices {

    private SpeechVoices() {
    }

    static String forText(String text) {
        int[] letters = text.codePoints().filter(Character::isLetter).toArray();
        for (int cp : letters) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HIRAGANA, KATAKANA -> {
                    return "ja";
                }
                case HANGUL -> {
                    return "ko";
                }
                default -> {
                }
            }
        }
        return letters.length == 0 ? "en" : byScript(Character.UnicodeScript.of(letters[0]));
    }

    private static String byScript(Character.UnicodeScript script) {
        return switch (script) {
            case HAN -> "cmn";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            default -> "en";
        };
    }
}
