package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import live.mymovie.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.application.port.in.ShowAccountUseCase.LedgerView;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** A person's own account, and what admins do to accounts. */
@ServerTest
class AccountRoutesTest {

    private static final TestPorts PORTS = new TestPorts();

    private final Browser browser;
    private final Account ada = Fixtures.creator();
    private final Account ops = Fixtures.admin();

    AccountRoutesTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @BeforeEach
    void knowEveryone() {
        PORTS.reset();
        for (Account account : List.of(ada, ops)) {
            PORTS.sessions.knows(account);
            when(PORTS.showAccount.show(account.id()))
                    .thenReturn(new AccountView(account, Credits.of(42)));
        }
        when(PORTS.logIn.logIn(any())).thenAnswer(call ->
                call.getArgument(0).toString().contains("ops@") ? ops : ada);
    }

    @Test
    void me_shows_the_account_with_its_balance() {
        browser.logIn("ada@example.com");

        var me = browser.get("/api/v1/me").json();

        assertEquals("acc-1", me.get("id").asText());
        assertEquals("ada@example.com", me.get("email").asText());
        assertEquals("Ada", me.get("displayName").asText());
        assertEquals("CREATOR", me.get("role").asText());
        assertEquals("2026-11-30T09:15:00Z", me.get("createdAt").asText());
        assertEquals(42, me.get("balance").asLong());
    }

    @Test
    void every_account_route_needs_a_session() {
        assertEquals(401, browser.get("/api/v1/me").status());
        assertEquals(401, browser.get("/api/v1/me/ledger").status());
        assertEquals(401, browser.get("/api/v1/me/export").status());
        assertEquals(401, browser.json("PATCH", "/api/v1/me", "{\"displayName\":\"x\"}")
                .status());
        assertEquals(401, browser.json("DELETE", "/api/v1/me", "{\"password\":\"x\"}")
                .status());
    }

    @Test
    void patching_me_changes_the_display_name() {
        browser.logIn("ada@example.com");
        Account renamed = ada.withDisplayName(DisplayName.of("Ada L."));
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(renamed,
                Credits.of(42)));

        var answer = browser.json("PATCH", "/api/v1/me", "{\"displayName\":\"Ada L.\"}");

        assertEquals(200, answer.status());
        assertEquals("Ada L.", answer.json().get("displayName").asText());
        verify(PORTS.editProfile).changeDisplayName(ada.id(), "Ada L.");
    }

    @Test
    void patching_me_without_a_name_answers_422() {
        browser.logIn("ada@example.com");

        var answer = browser.json("PATCH", "/api/v1/me", "{}");

        assertEquals(422, answer.status());
        assertEquals("displayName", answer.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void changing_the_password_keeps_this_session() {
        browser.logIn("ada@example.com");
        String session = browser.cookie.substring(browser.cookie.indexOf('=') + 1,
                browser.cookie.lastIndexOf('.'));

        var answer = browser.json("POST", "/api/v1/me/password",
                "{\"currentPassword\":\"old one\",\"newPassword\":\"a brand new passphrase\"}");

        assertEquals(204, answer.status());
        var command = ArgumentCaptor.forClass(ChangePasswordCommand.class);
        verify(PORTS.changePassword).changePassword(command.capture());
        assertEquals(session, command.getValue().keepSessionId());
        assertEquals("a brand new passphrase", command.getValue().newPassword());
    }

    @Test
    void a_wrong_current_password_answers_401() {
        browser.logIn("ada@example.com");
        doThrow(new Refusal.NotSignedIn("The current password is wrong."))
                .when(PORTS.changePassword).changePassword(any());

        var answer = browser.json("POST", "/api/v1/me/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"a brand new passphrase\"}");

        assertEquals(401, answer.status());
    }

    @Test
    void deleting_the_account_clears_the_cookie() {
        browser.logIn("ada@example.com");

        var answer = browser.json("DELETE", "/api/v1/me", "{\"password\":\"mine\"}");

        assertEquals(204, answer.status());
        assertTrue(answer.all("set-cookie").get(0).contains("Max-Age=0"));
        verify(PORTS.deleteAccount).deleteOwnAccount(ada.id(), "mine");
    }

    @Test
    void the_ledger_lists_entries_newest_first_with_positive_amounts() {
        browser.logIn("ada@example.com");
        when(PORTS.showAccount.ledger(ada.id())).thenReturn(new LedgerView(Credits.of(98),
                List.of(Fixtures.entry("e-2", ada, LedgerEntryKind.CHARGE, 2, 98),
                        Fixtures.entry("e-1", ada, LedgerEntryKind.GRANT, 100, 100))));

        var ledger = browser.get("/api/v1/me/ledger").json();

        assertEquals(98, ledger.get("balance").asLong());
        var charge = ledger.get("entries").get(0);
        assertEquals("e-2", charge.get("id").asText());
        assertEquals("CHARGE", charge.get("kind").asText());
        assertEquals(2, charge.get("amount").asLong());
        assertEquals(98, charge.get("balanceAfter").asLong());
        assertEquals("job-1", charge.get("jobId").asText());
        assertEquals("2026-11-30T09:15:00Z", charge.get("createdAt").asText());
        assertFalse(ledger.get("entries").get(1).has("jobId"));
    }

    @Test
    void the_export_streams_the_archive_the_use_case_writes() throws Exception {
        browser.logIn("ada@example.com");
        doAnswer(call -> {
            try (var zip = new ZipOutputStream(call.<OutputStream>getArgument(1))) {
                zip.putNextEntry(new ZipEntry("account.json"));
                zip.write("{\"id\":\"acc-1\"}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return null;
        }).when(PORTS.exportData).export(eq(ada.id()), any());

        var answer = browser.get("/api/v1/me/export");

        assertEquals(200, answer.status());
        assertEquals("application/zip", answer.contentType());
        assertTrue(answer.header("content-disposition").orElseThrow().startsWith("attachment"));
        try (var zip = new ZipInputStream(new ByteArrayInputStream(answer.bytes()))) {
            assertEquals("account.json", zip.getNextEntry().getName());
            assertArrayEquals("{\"id\":\"acc-1\"}".getBytes(StandardCharsets.UTF_8),
                    zip.readAllBytes());
        }
    }

    @Test
    void a_creator_is_refused_every_admin_route_with_403() {
        browser.logIn("ada@example.com");

        assertEquals(403, browser.get("/api/v1/admin/accounts?query=a").status());
        assertEquals(403, browser.get("/api/v1/admin/request-logs").status());
        assertEquals(403, browser.get("/api/v1/admin/failed-jobs").status());
        assertEquals(403, browser.json("POST", "/api/v1/admin/accounts/acc-1/grants",
                "{\"amount\":5,\"note\":\"gift\"}").status());
        assertEquals(403, browser.json("DELETE", "/api/v1/admin/accounts/acc-1", null)
                .status());
        verify(PORTS.administration, never()).grantCredits(any(), any(), any(Long.class),
                any());
    }

    @Test
    void an_admin_finds_and_corrects_accounts() {
        browser.logIn("ops@example.com");
        when(PORTS.administration.searchAccounts(ops.id(), "ada")).thenReturn(List.of(ada));
        when(PORTS.administration.correctAccount(ops.id(), ada.id(), "ada@new.example", null))
                .thenReturn(ada);

        var found = browser.get("/api/v1/admin/accounts?query=ada");
        var corrected = browser.json("PATCH", "/api/v1/admin/accounts/acc-1",
                "{\"email\":\"ada@new.example\"}");

        assertEquals("acc-1", found.json().get("items").get(0).get("id").asText());
        assertEquals(200, corrected.status());
        assertEquals("acc-1", corrected.json().get("id").asText());
    }

    @Test
    void an_admin_grants_credits_and_gets_the_ledger_entry() {
        browser.logIn("ops@example.com");
        when(PORTS.administration.grantCredits(ops.id(), ada.id(), 25, "Support gift"))
                .thenReturn(Fixtures.entry("e-9", ada, LedgerEntryKind.GRANT, 25, 67));

        var answer = browser.json("POST", "/api/v1/admin/accounts/acc-1/grants",
                "{\"amount\":25,\"note\":\"Support gift\"}");

        assertEquals(201, answer.status());
        assertEquals("GRANT", answer.json().get("kind").asText());
        assertEquals(67, answer.json().get("balanceAfter").asLong());
    }

    @Test
    void a_grant_of_no_credits_answers_422() {
        browser.logIn("ops@example.com");

        var answer = browser.json("POST", "/api/v1/admin/accounts/acc-1/grants",
                "{\"amount\":0,\"note\":\"\"}");

        assertEquals(422, answer.status());
        assertEquals(List.of("amount", "note"),
                answer.json().get("errors").findValuesAsText("field"));
    }

    @Test
    void an_admin_removes_an_account_and_a_missing_one_answers_404() {
        browser.logIn("ops@example.com");
        doThrow(new Refusal.NotFound("Account")).when(PORTS.deleteAccount)
                .deleteAccountAsAdmin(ops.id(), new AccountId("nobody"));

        var removed = browser.json("DELETE", "/api/v1/admin/accounts/acc-1", null);
        var missing = browser.json("DELETE", "/api/v1/admin/accounts/nobody", null);

        assertEquals(204, removed.status());
        assertEquals(404, missing.status());
        verify(PORTS.deleteAccount).deleteAccountAsAdmin(ops.id(), ada.id());
    }

    @Test
    void an_admin_reads_request_logs_between_two_times() {
        browser.logIn("ops@example.com");
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-02T00:00:00Z");
        when(PORTS.administration.requestLogs(ops.id(), from, to)).thenReturn(List.of(
                new RequestLogEntry(from, "203.0.113.5", "GET", "/api/v1/me", 200, 12,
                        ada.id())));

        var answer = browser.get("/api/v1/admin/request-logs?from=2026-12-01T00:00:00Z"
                + "&to=2026-12-02T00:00:00Z");

        var row = answer.json().get("items").get(0);
        assertEquals("2026-12-01T00:00:00Z", row.get("at").asText());
        assertEquals("203.0.113.5", row.get("ip").asText());
        assertEquals("GET", row.get("method").asText());
        assertEquals("/api/v1/me", row.get("path").asText());
        assertEquals(200, row.get("status").asInt());
        assertEquals(12, row.get("millis").asLong());
    }

    @Test
    void request_logs_default_to_the_last_day_and_refuse_a_bad_time_with_422() {
        browser.logIn("ops@example.com");

        var fallback = browser.get("/api/v1/admin/request-logs");
        var bad = browser.get("/api/v1/admin/request-logs?from=yesterday");

        assertEquals(200, fallback.status());
        verify(PORTS.administration).requestLogs(ops.id(),
                TestPorts.NOW.minusSeconds(86_400), TestPorts.NOW);
        assertEquals(422, bad.status());
        assertEquals("from", bad.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void an_admin_sees_failed_jobs() {
        browser.logIn("ops@example.com");
        when(PORTS.administration.failedJobs(ops.id()))
                .thenReturn(List.of(Fixtures.job(ada, JobKind.ANIMATION, JobStatus.FAILED, 40)));

        var job = browser.get("/api/v1/admin/failed-jobs").json().get("items").get(0);

        assertEquals("FAILED", job.get("status").asText());
        assertEquals("The provider timed out.", job.get("error").asText());
    }
}
