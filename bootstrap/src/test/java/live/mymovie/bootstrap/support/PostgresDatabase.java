package live.mymovie.bootstrap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A PostgreSQL database of the test's own on 127.0.0.1:5432, dropped at the end. */
public final class PostgresDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name = "mymovie_it_" + UUID.randomUUID().toString().replace("-", "");

    private PostgresDatabase() {
    }

    /** Creates the database; fails the test when PostgreSQL does not answer. */
    public static PostgresDatabase create() {
        PostgresDatabase database = new PostgresDatabase();
        execute("CREATE DATABASE " + database.name);
        return database;
    }

    public String url() {
        return SERVER + name;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres",
                "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new AssertionError("PostgreSQL on 127.0.0.1:5432 must be running: "
                    + failure.getMessage(), failure);
        }
    }
}
