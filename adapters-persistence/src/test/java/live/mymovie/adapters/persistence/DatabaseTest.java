package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.fake.TestData;
import live.mymovie.domain.account.Account;

/** Opening, migrating, reopening and closing the embedded database file. */
class DatabaseTest {

    private final MasterKey key = MasterKey.generate();

    @TempDir
    Path folder;

    @Test
    void a_database_file_keeps_its_rows_across_a_restart() {
        var settings = PersistenceSettings.embeddedIn(folder, 2);
        var encryption = EncryptionSettings.in(folder, key);
        Account account = TestData.account();
        try (Database database = Database.open(settings, encryption)) {
            assertTrue(database.isReachable());
            database.accounts().insert(account);
        }

        try (Database reopened = Database.open(settings, encryption)) {
            assertEquals(account, reopened.accounts().findById(account.id()).orElseThrow());
        }
    }

    @Test
    void a_database_does_not_open_with_another_master_key() {
        var settings = PersistenceSettings.embeddedIn(folder, 2);
        try (Database database = Database.open(settings, EncryptionSettings.in(folder, key))) {
            database.accounts().insert(TestData.account());
        }

        var failure = assertThrows(StorageFailure.class, () -> Database.open(settings,
                EncryptionSettings.in(folder, MasterKey.generate())));

        assertTrue(failure.getMessage().startsWith("The master key does not open the data"
                + " keys in " + folder.resolve("keys")));
    }

    @Test
    void a_closed_database_is_not_reachable() {
        var settings = new PersistenceSettings("jdbc:h2:mem:closed" + TestDatabase.H2_OPTIONS,
                "sa", "", 1);
        Database database = Database.open(settings, EncryptionSettings.in(folder, key));

        database.close();

        assertFalse(database.isReachable());
    }

    @Test
    void an_unreachable_database_fails_to_open_with_a_storage_failure() {
        var settings = new PersistenceSettings("jdbc:postgresql://127.0.0.1:5432/"
                + "mymovie_no_such_database", "postgres", "", 1);

        assertThrows(StorageFailure.class,
                () -> Database.open(settings, EncryptionSettings.in(folder, key)));
    }

    @Test
    void settings_refuse_other_databases_and_hide_the_password() {
        assertThrows(IllegalArgumentException.class,
                () -> new PersistenceSettings("jdbc:mysql://localhost/db", "u", "p", 2));
        assertFalse(new PersistenceSettings("jdbc:h2:mem:x", "u", "secret-word", 2).toString()
                .contains("secret-word"));
        assertEquals("jdbc:postgresql://127.0.0.1/db", new PersistenceSettings(
                "jdbc:postgresql://127.0.0.1/db?password=hidden", "u", "", 2).safeUrl());
    }
}
