package live.mymovie.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;

/** Deleting an account leaves no row or file of it, only anonymous request-log lines. */
class AccountDeletionServiceTest {

    @TempDir
    Path uploads;

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account ada = app.signUp("ada@example.com");
    private final Account bob = app.signUp("bob@example.com");
    private String adaSession;
    private String bobSession;

    @BeforeEach
    void giveBothPeopleEverythingAnAccountCanHold() throws IOException {
        for (Account person : List.of(ada, bob)) {
            Creation creation = app.creations.create(person.id(), "Storm", "A keeper");
            app.creations.addReference(new AddReferenceCommand(person.id(), creation.id(),
                    ReferenceKind.CAST, "Keeper", photo()));
            request(creation, JobKind.PLAN);
            app.runDueJobs();
            request(creation, JobKind.STORYBOARD);
            app.runDueJobs();
            request(creation, JobKind.SOUNDTRACK);
            app.requestLogs.record(new RequestLogEntry(app.clock.instant(), "127.0.0.1",
                    "GET", "/api/account", 200, 2, person.id()));
        }
        adaSession = app.sessions.startSession(ada.id());
        bobSession = app.sessions.startSession(bob.id());
    }

    @AfterEach
    void stopScheduler() {
        app.scheduler.shutdownNow();
    }

    @Test
    void deleting_ones_own_account_needs_the_right_password() {
        var refusal = assertThrows(Refusal.InvalidInput.class,
                () -> app.deletion.deleteOwnAccount(ada.id(), "not my password at all"));

        assertEquals("password", refusal.errors().get(0).field());
        assertTrue(app.stores.accounts().findById(ada.id()).isPresent());
        assertTrue(app.files.count(ada.id()) > 0);
    }

    @Test
    void after_deleting_ones_own_account_no_row_or_file_of_it_remains() {
        List<Job> jobs = app.stores.jobs().listByAccount(ada.id());

        app.deletion.deleteOwnAccount(ada.id(), InMemoryApplication.PASSWORD);

        assertNothingLeftOf(ada.id(), adaSession);
        assertTrue(app.stores.sessions().find(SessionService.storedId(adaSession)).isEmpty());
        for (Job job : jobs) {
            assertTrue(app.stores.jobs().findById(job.id()).isEmpty());
            assertTrue(app.stores.ledger().entriesOfJob(job.id()).isEmpty());
        }
        assertBobIsUntouched();
    }

    @Test
    void an_admin_deletes_an_account_on_request() {
        Account admin = app.signUpAdmin();

        app.deletion.deleteAccountAsAdmin(admin.id(), ada.id());

        assertNothingLeftOf(ada.id(), adaSession);
        assertBobIsUntouched();
        assertThrows(Refusal.NotFound.class,
                () -> app.deletion.deleteAccountAsAdmin(admin.id(), ada.id()));
    }

    @Test
    void only_an_admin_may_delete_someone_elses_account() {
        assertThrows(Refusal.NotAllowed.class,
                () -> app.deletion.deleteAccountAsAdmin(bob.id(), ada.id()));

        assertTrue(app.stores.accounts().findById(ada.id()).isPresent());
        assertTrue(app.sessions.resumeSession(adaSession).isPresent());
    }

    private void assertNothingLeftOf(AccountId id, String session) {
        assertTrue(app.stores.accounts().findById(id).isEmpty());
        assertTrue(app.stores.accounts().search("ada@", 10).isEmpty());
        assertTrue(app.stores.creations().listByOwner(id).isEmpty());
        assertTrue(app.stores.assets().listByOwner(id).isEmpty());
        assertEquals(0, app.files.count(id));
        assertTrue(app.stores.ledger().entries(id).isEmpty());
        assertEquals(0, app.stores.ledger().balance(id).amount());
        assertTrue(app.stores.jobs().listByAccount(id).isEmpty());
        assertTrue(app.sessions.resumeSession(session).isEmpty());
        assertTrue(app.stores.requestLogs().ofAccount(id).isEmpty());
        List<RequestLogEntry> rows = app.stores.requestLogs().between(Instant.EPOCH,
                app.clock.instant(), 100);
        assertEquals(2, rows.size());
        assertEquals(1, rows.stream().filter(r -> r.accountId() == null).count());
        rows.stream().filter(r -> r.accountId() == null)
                .forEach(r -> assertEquals("/api/account", r.path()));
        assertNull(rows.stream().filter(r -> id.equals(r.accountId())).findAny()
                .orElse(null));
    }

    private void assertBobIsUntouched() {
        assertTrue(app.sessions.resumeSession(bobSession).isPresent());
        assertEquals(1, app.stores.creations().listByOwner(bob.id()).size());
        assertEquals(1 + 2, app.files.count(bob.id()));
        assertEquals(List.of(), app.audit.checkAllAccounts());
        List<Job> jobs = app.stores.jobs().listByAccount(bob.id());
        assertEquals(3, jobs.size());
    }

    private void request(Creation creation, JobKind kind) {
        app.generation.request(new JobRequest(creation.ownerId(), creation.id(), kind,
                List.of(), null));
    }

    private Path photo() throws IOException {
        return Files.write(Files.createTempFile(uploads, "photo", ".jpg"),
                "a face".getBytes(StandardCharsets.UTF_8));
    }
}
