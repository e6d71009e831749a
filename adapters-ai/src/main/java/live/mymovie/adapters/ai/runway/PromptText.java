package live.mymovie.adapters.ai.runway;

/** Keeps prompt text within Runway's limit of 1000 UTF-16 code units. */
final class PromptText {

    static final int MAX_UNITS = 1000;

    private PromptText() {
    }

    /** The text cut at a word boundary when it is too long, never inside a surrogate pair. */
    static String limit(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= MAX_UNITS) {
            return clean;
        }
        int end = MAX_UNITS;
        if (Character.isLowSurrogate(clean.charAt(end))) {
            end--;
        }
        int space = clean.lastIndexOf(' ', end);
        if (space > MAX_UNITS / 2) {
            end = space;
        }
        return clean.substring(0, end).strip();
    }
}
