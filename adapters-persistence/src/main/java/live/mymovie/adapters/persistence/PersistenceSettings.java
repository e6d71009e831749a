package live.mymovie.adapters.persistence;

import java.nio.file.Path;
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

    /** The options the schema needs from H2: PostgreSQL syntax, lower-case names, nulls last. */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    // Every commit reaches the file before it is answered, so a crash never
                    // loses a charge or a job the service already acknowledged.
                    + ";WRITE_DELAY=0";

    /** The embedded database file {@code mymovie} in the given folder. */
    public static PersistenceSettings embeddedIn(Path folder, int maxPoolSize) {
        Path file = folder.toAbsolutePath().normalize().resolve("mymovie");
        return new PersistenceSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "",
                maxPoolSize);
    }

    /** True for the embedded database. */
    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL up to its first option, which is where a password could hide. */
    public String safeUrl() {
        int options = jdbcUrl.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(separator);
            options = at >= 0 ? Math.min(options, at) : options;
        }
        return jdbcUrl.substring(0, options);
    }

    /** Never shows the password or the URL's options, so settings can be logged. */
    @Override
    public String toString() {
        return "PersistenceSettings[jdbcUrl=" + safeUrl() + ", user=" + user + ", maxPoolSize="
                + maxPoolSize + "]";
    }
}
