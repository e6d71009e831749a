package live.mymovie.domain.account;

import live.mymovie.domain.Text;

/** The optional name a person shows; empty when they gave none. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 80;
    public static final DisplayName NONE = new DisplayName("");

    public DisplayName {
        value = value == null || value.isBlank()
                ? ""
                : Text.require(value, "displayName", 1, MAX_LENGTH);
        if (value.contains("\n") || value.contains("\r") || value.contains("\t")) {
            throw live.mymovie.domain.Refusal.InvalidInput.of("displayName",
                    "displayName must be a single line.");
        }
    }

    public static DisplayName of(String raw) {
        return raw == null || raw.isBlank() ? NONE : new DisplayName(raw);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
