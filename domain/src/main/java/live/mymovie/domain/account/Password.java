package live.mymovie.domain.account;

import java.text.Normalizer;

import live.mymovie.domain.Refusal;

/**
 * A password as typed, normalized to Unicode NFKC, with the length rules of NIST SP 800-63B
 * for a single-factor password: at least 15 characters, at most 256, no composition rules.
 */
public final class Password {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 256;
    /** Fewer different characters than this is a repetition like "aaaa…" or "abab…". */
    public static final int MIN_DISTINCT = 5;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Checks a new password chosen by the person. */
    public static Password chosen(String raw, String field) {
        String normalized = normalize(raw);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            throw Refusal.InvalidInput.of(field, "Password must have at least " + MIN_LENGTH
                    + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw Refusal.InvalidInput.of(field, "Password must have at most " + MAX_LENGTH
                    + " characters.");
        }
        if (normalized.codePoints().distinct().count() < MIN_DISTINCT) {
            throw Refusal.InvalidInput.of(field, "Password repeats too few characters to be "
                    + "hard to guess; use a few words or more varied characters.");
        }
        return new Password(normalized);
    }

    /** Takes a password typed at sign-in, where only the upper bound is checked. */
    public static Password typed(String raw) {
        String normalized = normalize(raw);
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new Refusal.NotSignedIn("Email or password is wrong.");
        }
        return new Password(normalized);
    }

    private static String normalize(String raw) {
        return Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
    }

    /** The normalized text, for the hasher only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
