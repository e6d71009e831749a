package live.mymovie.application.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.ledger.LedgerEntry;

/** The data export: one ZIP with the account, ledger, request log and every creation. */
class DataExportServiceTest {

    @TempDir
    Path uploads;

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account ada = app.signUp("ada@example.com");
    private final Account bob = app.signUp("bob@example.com");

    @AfterEach
    void stopScheduler() {
        app.scheduler.shutdownNow();
    }

    @Test
    void the_archive_holds_the_account_ledger_request_log_and_every_creation_file()
            throws IOException {
        Creation storm = app.creations.create(ada.id(), "Storm", "A keeper and a storm");
        Creation empty = app.creations.create(ada.id(), "Empty", "Nothing yet");
        app.creations.addReference(new AddReferenceCommand(ada.id(), storm.id(),
                ReferenceKind.CAST, "Keeper", photo("keeper face")));
        run(storm, JobKind.PLAN);
        run(storm, JobKind.STORYBOARD);
        run(storm, JobKind.SOUNDTRACK);
        log(ada.id(), "/api/creations");
        log(bob.id(), "/api/secret-of-bob");

        Map<String, byte[]> zip = export(ada.id());

        assertTrue(text(zip, "account.json").contains("ada@example.com"));
        String ledger = text(zip, "ledger.json");
        for (LedgerEntry entry : app.stores.ledger().entries(ada.id())) {
            assertTrue(ledger.contains(entry.id()), entry::toString);
        }
        assertTrue(text(zip, "request-log.json").contains("/api/creations"));
        assertFalse(text(zip, "request-log.json").contains("secret-of-bob"));
        assertTrue(text(zip, folder(storm) + "creation.json").contains("Keeper"));
        assertTrue(text(zip, folder(empty) + "creation.json").contains("Nothing yet"));
        List<MediaAsset> files = app.stores.assets().listByOwner(ada.id());
        assertEquals(1 + 2 + 1, files.size());
        for (MediaAsset file : files) {
            assertArrayEquals(stored(file), zip.get(folder(file) + file.downloadName()),
                    file::toString);
        }
        assertEquals(3 + 2 + files.size(), zip.size());
    }

    @Test
    void frames_an_earlier_plan_no_longer_shows_are_exported_too() throws IOException {
        Creation storm = app.creations.create(ada.id(), "Storm", "A keeper and a storm");
        run(storm, JobKind.PLAN);
        run(storm, JobKind.STORYBOARD);
        run(storm, JobKind.PLAN);

        Map<String, byte[]> zip = export(ada.id());

        for (MediaAsset file : app.stores.assets().listByCreation(storm.id())) {
            assertArrayEquals(stored(file), zip.get(folder(file) + file.downloadName()));
        }
        assertEquals(2, app.stores.assets().listByCreation(storm.id()).size());
    }

    @Test
    void nothing_of_another_person_is_in_the_archive() throws IOException {
        Creation bobs = app.creations.create(bob.id(), "Bob's film", "Bob's private idea");
        app.creations.addReference(new AddReferenceCommand(bob.id(), bobs.id(),
                ReferenceKind.CAST, "Bob", photo("bob face")));

        Map<String, byte[]> zip = export(ada.id());

        assertEquals(List.of("account.json", "ledger.json", "request-log.json"),
                List.copyOf(zip.keySet()));
        zip.values().forEach(bytes -> assertFalse(new String(bytes, StandardCharsets.UTF_8)
                .contains("Bob")));
    }

    @Test
    void quotes_and_line_breaks_in_a_prompt_are_escaped_in_the_json() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Say \"storm\"",
                "Line one\nLine two with a back\\slash");

        String json = text(export(ada.id()), folder(creation) + "creation.json");

        assertTrue(json.contains("\"title\": \"Say \\\"storm\\\"\""), json);
        assertTrue(json.contains("Line one\\nLine two with a back\\\\slash"), json);
    }

    @Test
    void a_deleted_account_cannot_be_exported() {
        app.deletion.deleteOwnAccount(ada.id(), InMemoryApplication.PASSWORD);

        assertThrows(Refusal.NotSignedIn.class,
                () -> app.export.export(ada.id(), new ByteArrayOutputStream()));
    }

    private void run(Creation creation, JobKind kind) {
        app.generation.request(new JobRequest(creation.ownerId(), creation.id(), kind,
                List.of(), null));
        app.runDueJobs();
    }

    private void log(AccountId account, String path) {
        app.requestLogs.record(new RequestLogEntry(app.clock.instant(), "127.0.0.1", "GET",
                path, 200, 3, account));
    }

    private Map<String, byte[]> export(AccountId account) throws IOException {
        var out = new ByteArrayOutputStream();
        app.export.export(account, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private byte[] stored(MediaAsset file) throws IOException {
        try (InputStream in = app.files.open(file.ownerId(), file.id())) {
            return in.readAllBytes();
        }
    }

    private Path photo(String content) throws IOException {
        return Files.write(Files.createTempFile(uploads, "photo", ".jpg"),
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Map<String, byte[]> zip, String name) {
        assertTrue(zip.containsKey(name), () -> name + " in " + zip.keySet());
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }

    private static String folder(Creation creation) {
        return "creations/" + creation.id().value() + "/";
    }

    private static String folder(MediaAsset file) {
        return "creations/" + file.creationId().value() + "/";
    }
}
