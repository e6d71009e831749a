package live.mymovie.domain;

/** Rules shared by every piece of text a person types. */
public final class Text {

    private Text() {
    }

    /**
     * Trims the value and checks its length; control characters other than line breaks and
     * tabs are refused because they never belong in a title or a prompt.
     */
    public static String require(String value, String field, int min, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() < min) {
            throw Refusal.InvalidInput.of(field, min == 1
                    ? field + " must not be empty."
                    : field + " must have at least " + min + " characters.");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw Refusal.InvalidInput.of(field, field + " must have at most " + max
                    + " characters.");
        }
        if (trimmed.codePoints().anyMatch(c -> isForbiddenControl(c) || isBidiControl(c))) {
            throw Refusal.InvalidInput.of(field, field + " must not contain control characters.");
        }
        return trimmed;
    }

    /** Direction overrides and isolates can make text read differently from what it is. */
    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static boolean isForbiddenControl(int codePoint) {
        return Character.isISOControl(codePoint)
                && codePoint != '\n' && codePoint != '\r' && codePoint != '\t';
    }
}
