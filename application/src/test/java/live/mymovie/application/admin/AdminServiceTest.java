package live.mymovie.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.SignUpUseCase.SignUpCommand;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** What operators do, and that nobody else can. */
class AdminServiceTest {

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account admin = app.signUpAdmin();
    private final Account ada = app.accounts.signUp(
            new SignUpCommand(
                    "ada@example.com", InMemoryApplication.PASSWORD, "Ada Lovelace", true));
    private final Account bob = app.signUp("bob@example.com");

    @AfterEach
    void stopScheduler() {
        app.scheduler.shutdownNow();
    }

    @Test
    void accounts_are_found_by_part_of_their_email_or_name() {
        assertEquals(List.of(ada.id()), ids(app.admin.searchAccounts(admin.id(), " LOVELACE")));
        assertEquals(List.of(bob.id()), ids(app.admin.searchAccounts(admin.id(), "bob@")));
        assertEquals(3, app.admin.searchAccounts(admin.id(), null).size());
    }

    @Test
    void an_admin_corrects_a_persons_email_and_name() {
        Account corrected = app.admin.correctAccount(admin.id(), ada.id(),
                "Ada.King@Example.com", null);

        assertEquals("ada.king@example.com", corrected.email().value());
        assertEquals("Ada Lovelace", corrected.displayName().value());
        Account renamed = app.admin.correctAccount(admin.id(), ada.id(), null, "Countess");
        assertEquals("ada.king@example.com", renamed.email().value());
        assertEquals(renamed, app.stores.accounts().findById(ada.id()).orElseThrow());
    }

    @Test
    void correcting_to_a_taken_email_is_a_conflict() {
        assertThrows(Refusal.Conflict.class, () -> app.admin.correctAccount(admin.id(),
                ada.id(), " BOB@example.com", null));

        assertEquals("ada@example.com", app.stores.accounts().findById(ada.id()).orElseThrow()
                .email().value());
    }

    @Test
    void invalid_corrections_are_reported_field_by_field() {
        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.admin.correctAccount(
                admin.id(), ada.id(), "no-at-sign", "two\nlines"));

        assertEquals(List.of("email", "displayName"), refusal.errors().stream()
                .map(Refusal.FieldError::field).toList());
        assertThrows(Refusal.NotFound.class, () -> app.admin.correctAccount(admin.id(),
                AccountId.newId(), null, "Nobody"));
    }

    @Test
    void an_admin_grants_credits_with_a_note() {
        LedgerEntry grant = app.admin.grantCredits(admin.id(), ada.id(), 25,
                "Sorry for the outage");

        assertEquals(LedgerEntryKind.GRANT, grant.kind());
        assertEquals("Sorry for the outage", grant.note());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS + 25, app.balance(ada));
    }

    @Test
    void a_grant_must_be_between_one_and_the_maximum() {
        for (long amount : new long[] {0, -5, AdminService.MAX_GRANT + 1}) {
            var refusal = assertThrows(Refusal.InvalidInput.class,
                    () -> app.admin.grantCredits(admin.id(), ada.id(), amount, "Bonus"));
            assertEquals("amount", refusal.errors().get(0).field());
        }
        app.admin.grantCredits(admin.id(), ada.id(), AdminService.MAX_GRANT, "Big bonus");
        app.admin.grantCredits(admin.id(), ada.id(), 1, "Small bonus");

        assertEquals(InMemoryApplication.SIGNUP_CREDITS + AdminService.MAX_GRANT + 1,
                app.balance(ada));
        assertThrows(Refusal.NotFound.class, () -> app.admin.grantCredits(admin.id(),
                AccountId.newId(), 5, "Nobody"));
    }

    @Test
    void request_logs_are_read_between_two_times_newest_first() {
        Instant start = app.clock.instant();
        for (int minute = 0; minute < 5; minute++) {
            app.requestLogs.record(new RequestLogEntry(start.plus(Duration.ofMinutes(minute)),
                    "127.0.0.1", "GET", "/api/minute/" + minute, 200, 1, ada.id()));
        }

        List<RequestLogEntry> rows = app.admin.requestLogs(admin.id(),
                start.plus(Duration.ofMinutes(1)), start.plus(Duration.ofMinutes(3)));

        assertEquals(List.of("/api/minute/3", "/api/minute/2", "/api/minute/1"),
                rows.stream().map(RequestLogEntry::path).toList());
        assertEquals(5, app.admin.requestLogs(admin.id(), null, null).size());
        assertThrows(Refusal.InvalidInput.class, () -> app.admin.requestLogs(admin.id(),
                start.plusSeconds(60), start));
    }

    @Test
    void failed_jobs_are_listed_for_operators() {
        Creation creation = app.creationWithPlan(ada, 1);
        app.providers.failNext(JobKind.SOUNDTRACK, ProviderFailure.rejected("Bad brief."));
        Job failing = app.generation.request(new JobRequest(ada.id(), creation.id(),
                JobKind.SOUNDTRACK, List.of(), null));
        app.generation.request(new JobRequest(ada.id(), creation.id(), JobKind.VOICEOVER,
                List.of(), null));
        app.runDueJobs();

        List<Job> failed = app.admin.failedJobs(admin.id());

        assertEquals(List.of(failing.id()), failed.stream().map(Job::id).toList());
        assertEquals("Bad brief.", failed.get(0).error());
    }

    @Test
    void people_without_the_admin_role_are_not_allowed_anything() {
        List<Executable> everything = List.of(
                () -> app.admin.searchAccounts(ada.id(), "bob"),
                () -> app.admin.correctAccount(ada.id(), bob.id(), "me@example.com", null),
                () -> app.admin.grantCredits(ada.id(), ada.id(), 1000, "For me"),
                () -> app.admin.requestLogs(ada.id(), null, null),
                () -> app.admin.failedJobs(ada.id()));

        everything.forEach(call -> assertThrows(Refusal.NotAllowed.class, call));

        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
        assertEquals("bob@example.com", app.stores.accounts().findById(bob.id()).orElseThrow()
                .email().value());
    }

    @Test
    void a_deleted_admin_is_no_longer_signed_in() {
        app.deletion.deleteOwnAccount(admin.id(), InMemoryApplication.PASSWORD);

        assertThrows(Refusal.NotSignedIn.class, () -> app.admin.failedJobs(admin.id()));
        assertTrue(app.stores.accounts().findById(admin.id()).isEmpty());
    }

    private static List<AccountId> ids(List<Account> accounts) {
        return accounts.stream().map(Account::id).toList();
    }
}
