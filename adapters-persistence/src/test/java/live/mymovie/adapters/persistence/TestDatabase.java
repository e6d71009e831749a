package live.mymovie.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.contract.Stores;
import live.mymovie.domain.account.AccountId;

/**
 * A database of its own for one test class: a fresh in-memory H2, or a fresh PostgreSQL
 * database on 127.0.0.1:5432 that is dropped afterwards. PostgreSQL must be running; if it
 * is not, the tests fail rather than skip.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String H2_OPTIONS = PersistenceSettings.H2_OPTIONS;

    private static final List<String> TABLES_CHILDREN_FIRST = List.of("reference_photos",
            "shots", "creations", "media_assets", "ledger_entries", "account_balances", "jobs",
            "sessions", "request_logs", "accounts");

    /** Tables and the column that names the account a row belongs to. */
    private static final List<String[]> ACCOUNT_COLUMNS = List.of(
            new String[] {"accounts", "id"}, new String[] {"creations", "owner_id"},
            new String[] {"media_assets", "owner_id"}, new String[] {"ledger_entries",
                    "account_id"}, new String[] {"account_balances", "account_id"},
            new String[] {"jobs", "account_id"}, new String[] {"sessions", "account_id"},
            new String[] {"request_logs", "account_id"});

    private final boolean postgres;
    private EncryptionSettings encryption;
    private String databaseName;
    private PersistenceSettings settings;
    private Database database;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    static TestDatabase h2() {
        return new TestDatabase(false);
    }

    static TestDatabase postgreSQL() {
        return new TestDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException, IOException {
        encryption = new EncryptionSettings(MasterKey.generate(),
                Files.createTempDirectory("mymovie-keys"));
        databaseName = "mymovie_test_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 16);
        if (postgres) {
            administer("CREATE DATABASE " + databaseName);
            settings = new PersistenceSettings("jdbc:postgresql://127.0.0.1:5432/"
                    + databaseName, "postgres", "", 8);
        } else {
            settings = new PersistenceSettings("jdbc:h2:mem:" + databaseName + H2_OPTIONS,
                    "sa", "", 8);
        }
        database = Database.open(settings, encryption);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException, IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> paths = Files.walk(encryption.keyFolder())) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        if (postgres) {
            administer("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    Database database() {
        return database;
    }

    PersistenceSettings settings() {
        return settings;
    }

    EncryptionSettings encryption() {
        return encryption;
    }

    /** Every port over this database, emptied first. */
    Stores freshStores() {
        run(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES_CHILDREN_FIRST) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
        });
        return new Stores(database.accounts(), database.creations(), database.mediaAssets(),
                database.ledger(), database.jobs(), database.sessions(), database.requestLogs(),
                database.transactions());
    }

    /** How many rows in any table still name the account. */
    int rowsOf(AccountId account) {
        int[] rows = {0};
        run(connection -> {
            for (String[] table : ACCOUNT_COLUMNS) {
                try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + table[0] + " WHERE " + table[1] + " = ?")) {
                    count.setString(1, account.value());
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        rows[0] += result.getInt(1);
                    }
                }
            }
        });
        return rows[0];
    }

    /** Runs JDBC work on a connection of its own. */
    void run(SqlWork work) {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(),
                settings.user(), settings.password())) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JDBC work that may throw. */
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private static void administer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres",
                "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
