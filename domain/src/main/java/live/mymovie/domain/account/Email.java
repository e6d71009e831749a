package live.mymovie.domain.account;

import java.util.Locale;

import live.mymovie.domain.Refusal;

/**
 * An email address, trimmed and lower-cased so that one address is one account. Addresses
 * with non-ASCII letters are accepted as typed.
 */
public record Email(String value) {

    private static final int MAX_LENGTH = 254;

    public Email {
        value = normalize(value);
        check(value);
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    private static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    private static void check(String value) {
        if (value.isEmpty()) {
            throw invalid("Email must not be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid("Email must have at most " + MAX_LENGTH + " characters.");
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            throw invalid("Email must look like name@example.com.");
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || c == '<' || c == '>' || c == ',')) {
            throw invalid("Email must not contain spaces, commas or angle brackets.");
        }
        String domain = value.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")
                || domain.contains("..")) {
            throw invalid("Email must end in a domain such as example.com.");
        }
        if (java.util.Arrays.stream(domain.split("\\.")).anyMatch(l -> l.length() > 63)) {
            throw invalid("Each part of the email's domain has at most 63 characters.");
        }
    }

    private static Refusal.InvalidInput invalid(String message) {
        return Refusal.InvalidInput.of("email", message);
    }

    @Override
    public String toString() {
        return value;
    }
}
