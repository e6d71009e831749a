package live.mymovie.adapters.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes room for sealed texts: an unbounded email column and the email's blind index, which
 * takes over the uniqueness of the address (data keys live in the key folder, not here).
 * Rows written in plain text before cannot be sealed here (the migration has no master key),
 * so a database that already holds any is refused with a clear message instead of being
 * left half plain.
 */
final class V2__Encrypt_personal_data extends BaseJavaMigration {

    private static final List<String> TABLES_WITH_TEXTS =
            List.of("accounts", "creations", "media_assets");

    private static final List<String> STATEMENTS = List.of(
            "ALTER TABLE accounts DROP CONSTRAINT accounts_email_unique",
            "ALTER TABLE accounts ALTER COLUMN email SET DATA TYPE VARCHAR",
            "ALTER TABLE accounts ADD COLUMN email_index VARCHAR(64) NOT NULL",
            "ALTER TABLE accounts ADD CONSTRAINT accounts_email_index_unique"
                    + " UNIQUE (email_index)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES_WITH_TEXTS) {
                refuseRowsIn(statement, table);
            }
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }

    private static void refuseRowsIn(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database holds " + rows.getLong(1)
                        + " plain-text rows in " + table + "; this version stores them"
                        + " encrypted and cannot convert them. Export the data, start from"
                        + " an empty database, and import it through the service.");
            }
        }
    }
}
