package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.SealedFiles;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;
import live.mymovie.application.account.AccountEraser;
import live.mymovie.application.contract.Stores;
import live.mymovie.application.fake.TestData;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferencePhoto;

/**
 * What encryption at rest promises, checked on the raw rows and files: no plain texts of the
 * person, values bound to their row, erased accounts unreadable even from earlier copies,
 * and a master-key rotation that keeps everything readable.
 */
abstract class EncryptionAtRestChecks {

    /** Texts of TestData's account, creation, plan, reference and file records. */
    private static final List<String> PLAIN_TEXTS = List.of("lighthouse keeper",
            "befriends a storm", "Ada Lovelace", "a storm at sea", "Shot 1 of the storm",
            "slow push in", "Narration, line", "Lighthouse", "become friends", "orchestral",
            "D major", "strings", "Keeper of the light", "@example.com");
    private static final byte[] PNG_SIGNATURE =
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The start of a JPEG file with its JFIF header. */
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff,
            (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    private static final List<String> TABLES = List.of("accounts", "creations",
            "reference_photos", "shots", "media_assets", "jobs", "ledger_entries", "sessions",
            "request_logs");

    @TempDir
    Path root;

    private Stores stores;
    private FileSystemMediaStore files;

    /** The database under test, opened by the subclass's extension. */
    protected abstract TestDatabase database();

    @BeforeEach
    void openStores() {
        stores = database().freshStores();
        files = database().database().mediaStore(root);
    }

    @Test
    void no_column_holds_the_person_s_words_in_plain_text() {
        Account person = storedPersonWithEverything();

        String rows = String.join("\n", rawTexts());

        for (String text : PLAIN_TEXTS) {
            assertFalse(rows.contains(text), () -> "a column holds \"" + text + "\"");
        }
        assertFalse(rows.contains(person.email().value()));
        assertEquals(person, stores.accounts().findByEmail(person.email()).orElseThrow());
        Creation creation = stores.creations().listByOwner(person.id()).get(0);
        assertEquals(TestData.storyPlan(2), creation.plan());
        assertEquals("Keeper of the light", creation.references().get(0).name());
    }

    @Test
    void no_stored_file_holds_the_bytes_it_was_given() throws IOException {
        AccountId owner = storedPersonWithEverything().id();
        byte[] png = photo(PNG_SIGNATURE, 200_000);
        byte[] jpeg = photo(JPEG_SIGNATURE, 1_000);
        byte[] text = "A keeper befriends a storm.".getBytes(StandardCharsets.UTF_8);
        AssetId pngAsset = store(owner, png);
        store(owner, jpeg);
        store(owner, text);

        for (Path file : filesUnder(root)) {
            byte[] onDisk = Files.readAllBytes(file);
            for (byte[] plain : List.of(PNG_SIGNATURE, JPEG_SIGNATURE, text)) {
                assertFalse(contains(onDisk, plain), () -> file + " holds plain bytes");
                assertFalse(Arrays.equals(onDisk, 0, 3, plain, 0, 3), () -> file
                        + " starts like the file it was given");
            }
        }
        try (InputStream in = files.open(owner, pngAsset)) {
            assertArrayEquals(png, in.readAllBytes());
        }
    }

    @Test
    void a_value_copied_into_another_account_s_row_fails_to_decrypt_with_a_clear_error() {
        Account person = storedPersonWithEverything();
        Account other = storedPersonWithEverything();
        Creation mine = stores.creations().listByOwner(person.id()).get(0);
        Creation theirs = stores.creations().listByOwner(other.id()).get(0);

        database().run(connection -> {
            try (PreparedStatement copy = connection.prepareStatement("UPDATE creations SET"
                    + " prompt = (SELECT prompt FROM creations WHERE id = ?) WHERE id = ?")) {
                copy.setString(1, theirs.id().value());
                copy.setString(2, mine.id().value());
                assertEquals(1, copy.executeUpdate());
            }
        });

        var failure = assertThrows(UndecryptableData.class,
                () -> stores.creations().findById(mine.id()));
        assertEquals("The value of account " + person.id() + ", creations.prompt does not"
                + " decrypt: it was written for another account or field, or altered",
                failure.getMessage());
        assertEquals(theirs, stores.creations().findById(theirs.id()).orElseThrow());
    }

    @Test
    void a_value_copied_into_another_column_of_the_same_row_fails_to_decrypt() {
        Account person = storedPersonWithEverything();
        Creation creation = stores.creations().listByOwner(person.id()).get(0);

        database().run(connection -> {
            try (Statement copy = connection.createStatement()) {
                copy.executeUpdate("UPDATE creations SET title = prompt");
            }
        });

        var failure = assertThrows(UndecryptableData.class,
                () -> stores.creations().findById(creation.id()));
        assertTrue(failure.getMessage().contains("creations.title"));
    }

    @Test
    void after_erasure_a_copy_taken_before_cannot_be_decrypted_with_the_remaining_keys()
            throws IOException {
        Account person = storedPersonWithEverything();
        storedPersonWithEverything();
        AssetId asset = store(person.id(), photo(PNG_SIGNATURE, 100_000));
        Map<String, String> copiedRows = sealedPromptsOf(person.id());
        Path copiedFile = Files.copy(filesUnder(root.resolve(person.id().value())).get(0),
                root.resolve("copy-taken-before"));

        eraser().erase(person.id());

        Map<String, String> remainingKeys = dataKeys();
        assertFalse(remainingKeys.containsKey(person.id().value()));
        assertFalse(remainingKeys.isEmpty());
        for (Map.Entry<String, String> key : remainingKeys.entrySet()) {
            DataKey remaining = DataKey.unwrap(key.getValue(), masterKey(),
                    new AccountId(key.getKey()));
            copiedRows.forEach((context, sealed) -> assertThrows(UndecryptableData.class,
                    () -> remaining.open(sealed, context)));
            try (InputStream in = SealedFiles.opening(copiedFile, remaining,
                    person.id().value() + "/" + asset.value())) {
                assertThrows(IOException.class, in::readAllBytes);
            }
        }
        Files.createDirectories(root.resolve(person.id().value()));
        Files.copy(copiedFile, root.resolve(person.id().value()).resolve(asset.value()
                + ".sealed"));
        var failure = assertThrows(UndecryptableData.class, () -> files.open(person.id(),
                asset));
        assertTrue(failure.getMessage().contains("has no data key: it was erased"));
    }

    @Test
    void nothing_more_is_sealed_for_an_erased_account() {
        Account person = storedPersonWithEverything();

        eraser().erase(person.id());

        assertThrows(UndecryptableData.class, () -> store(person.id(), new byte[10]));
        assertThrows(UndecryptableData.class,
                () -> stores.creations().insert(TestData.creation(person.id())));
    }

    @Test
    void an_erasure_rolled_back_keeps_the_account_and_its_key() {
        Account person = storedPersonWithEverything();

        assertThrows(IllegalStateException.class, () -> stores.transactions().run(() -> {
            stores.accounts().delete(person.id());
            throw new IllegalStateException("a later step failed");
        }));

        assertEquals(person, stores.accounts().findById(person.id()).orElseThrow());
        assertEquals(1, stores.creations().listByOwner(person.id()).size());
    }

    @Test
    void rotating_the_master_key_keeps_every_file_and_prompt_readable() throws IOException {
        Account person = storedPersonWithEverything();
        byte[] photo = photo(JPEG_SIGNATURE, 300_000);
        AssetId asset = store(person.id(), photo);
        Creation creation = stores.creations().listByOwner(person.id()).get(0);
        MasterKey newKey = MasterKey.generate();
        PersistenceSettings settings = database().settings();
        EncryptionSettings encryption = database().encryption();

        assertThrows(StorageFailure.class, () -> Database.rotateMasterKey(settings,
                encryption.withMasterKey(MasterKey.generate()), newKey));
        int rewrapped = Database.rotateMasterKey(settings, encryption, newKey);

        assertEquals(dataKeys().size(), rewrapped);
        assertEquals(0, Database.rotateMasterKey(settings, encryption, newKey));
        assertThrows(StorageFailure.class, () -> Database.open(settings, encryption).close());
        try (Database rotated = Database.open(settings, encryption.withMasterKey(newKey))) {
            assertEquals(person, rotated.accounts().findByEmail(person.email()).orElseThrow());
            assertEquals(creation, rotated.creations().findById(creation.id()).orElseThrow());
            try (InputStream in = rotated.mediaStore(root).open(person.id(), asset)) {
                assertArrayEquals(photo, in.readAllBytes());
            }
        } finally {
            Database.rotateMasterKey(settings, encryption.withMasterKey(newKey),
                    encryption.masterKey());
        }
        assertEquals(person, stores.accounts().findByEmail(person.email()).orElseThrow());
    }

    private Account storedPersonWithEverything() {
        Account person = TestData.account();
        stores.accounts().insert(person);
        Creation creation = TestData.creation(person.id());
        stores.creations().insert(creation);
        ReferencePhoto keeper = TestData.referencePhoto(person.id(), creation.id(),
                "Keeper of the light");
        stores.assets().insert(keeper.photo());
        stores.creations().addReference(creation.id(), keeper);
        stores.creations().savePlan(creation.id(), TestData.storyPlan(2));
        MediaAsset frame = TestData.mediaAsset(person.id(), creation.id());
        stores.assets().insert(frame);
        return person;
    }

    private AssetId store(AccountId owner, byte[] bytes) {
        AssetId asset = AssetId.newId();
        files.put(owner, asset, new ByteArrayInputStream(bytes), bytes.length);
        return asset;
    }

    private AccountEraser eraser() {
        return new AccountEraser(stores.accounts(), stores.creations(), stores.assets(), files,
                stores.ledger(), stores.jobs(), stores.sessions(), stores.requestLogs(),
                stores.transactions());
    }

    /** The sealed prompts of the account's creations, by the context they were sealed for. */
    private Map<String, String> sealedPromptsOf(AccountId owner) {
        Map<String, String> rows = new TreeMap<>();
        database().run(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT prompt FROM creations WHERE owner_id = ?")) {
                select.setString(1, owner.value());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.put("account " + owner + ", creations.prompt", result.getString(1));
                    }
                }
            }
        });
        assertFalse(rows.isEmpty());
        return rows;
    }

    private MasterKey masterKey() {
        return database().encryption().masterKey();
    }

    /** The wrapped keys left in the key folder, by account id. */
    private Map<String, String> dataKeys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(database().encryption().keyFolder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".key")).toList()) {
                String name = file.getFileName().toString();
                keys.put(name.substring(0, name.length() - ".key".length()),
                        Files.readString(file));
            }
        }
        return keys;
    }

    /** Every value of every table, read with plain JDBC. */
    private List<String> rawTexts() {
        List<String> texts = new ArrayList<>();
        database().run(connection -> {
            for (String table : TABLES) {
                try (Statement select = connection.createStatement();
                        ResultSet result = select.executeQuery("SELECT * FROM " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int column = 1; column <= columns; column++) {
                            texts.add(String.valueOf(result.getString(column)));
                        }
                    }
                }
            }
        });
        assertTrue(texts.size() > 50);
        return texts;
    }

    private static byte[] photo(byte[] signature, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
