package live.mymovie.adapters.persistence;

import java.util.Objects;

/** Where the database is and how many connections the service may hold to it. */
public record PersistenceSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    public PersistenceSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Only H2 and PostgreSQL JDBC URLs are supported");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("The pool needs at least one connection");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** True for the embedded database. */
    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Never shows the password, so settings can be logged. */
    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize="
                + maxPoolSize + "]";
    }
}
