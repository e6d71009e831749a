package live.mymovie.domain.account;

/** The one-way hash of a password, as the password hasher wrote it. */
public record PasswordHash(String value) {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A password hash must not be empty");
        }
    }

    /** Never shows the hash itself, so it cannot end up in a log line by accident. */
    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
