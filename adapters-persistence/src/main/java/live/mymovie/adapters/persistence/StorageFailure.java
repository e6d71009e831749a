package live.mymovie.adapters.persistence;

import java.sql.SQLException;

/**
 * The database failed in a way no business rule explains. It carries no JDBC or MyBatis
 * type in its own signature, only as the cause for the log.
 */
public final class StorageFailure extends IllegalStateException {

    private static final String UNIQUE_VIOLATION = "23505";

    private final String sqlState;

    StorageFailure(String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlStateOf(cause);
    }

    /** True when a unique key refused the write. */
    public boolean isUniqueViolation() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }

    private static String sqlStateOf(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
