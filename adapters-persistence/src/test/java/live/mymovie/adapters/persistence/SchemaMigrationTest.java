package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.adapters.persistence.crypto.MasterKey;

/** The migration to sealed texts refuses a database that still holds plain rows. */
class SchemaMigrationTest {

    @TempDir
    Path keys;

    @Test
    void a_database_with_plain_rows_is_refused_with_a_clear_message() throws SQLException {
        var settings = new PersistenceSettings("jdbc:h2:mem:plain-rows"
                + PersistenceSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
        Flyway.configure().dataSource(settings.jdbcUrl(), "sa", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO accounts (id, email, display_name, role,"
                    + " password_hash, created_at, age_confirmed_at) VALUES ('a1',"
                    + " 'plain@example.com', 'Plain', 'CREATOR', 'hash', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }

        var failure = assertThrows(StorageFailure.class,
                () -> Database.open(settings, new EncryptionSettings(MasterKey.generate(), keys)));

        assertTrue(messagesOf(failure).contains("holds 1 plain-text rows in accounts"),
                messagesOf(failure));
    }

    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
