package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import live.mymovie.adapters.web.WebSettings.RateLimit;
import live.mymovie.adapters.web.WebSettings.RateLimits;
import live.mymovie.application.port.in.LogInUseCase.LogInCommand;
import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;

/**
 * Rate limits and the request log, behind a proxy on 127.0.0.1 that the site trusts, so each
 * test picks the client address with {@code X-Forwarded-For}.
 */
@ServerTest
class AbuseAndRequestLogTest {

    private static final TestPorts PORTS = new TestPorts();
    private static final String RIGHT = "correct horse battery";

    private final Browser browser;
    private final Browser other;
    private final Account ada = Fixtures.creator();

    AbuseAndRequestLogTest(WebServer server) {
        this.browser = new Browser(server.port());
        this.other = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        var hour = Duration.ofHours(1);
        var limits = new RateLimits(RateLimit.of(10, hour), RateLimit.of(100, hour),
                RateLimit.of(1_000_000, hour), RateLimit.of(3, hour), RateLimit.of(2, hour),
                RateLimit.of(3, hour));
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080")
                .withRateLimits(limits)
                .withTrustedProxies(List.of("127.0.0.1")));
    }

    @BeforeEach
    void knowAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
        when(PORTS.logIn.logIn(any())).thenAnswer(call -> {
            LogInCommand command = call.getArgument(0);
            if (!command.password().equals(RIGHT)) {
                throw new Refusal.NotSignedIn("Email or password is wrong.");
            }
            return ada;
        });
    }

    @Test
    void a_thousand_wrong_sign_ins_end_in_429_while_the_owner_still_signs_in_elsewhere() {
        int refused = 0;
        Browser.Answer last = null;
        for (int i = 0; i < 1000; i++) {
            last = browser.json("POST", "/api/v1/auth/login",
                    "{\"email\":\"Ada@Example.com\",\"password\":\"guess " + i + "\"}",
                    "X-Forwarded-For", "203.0.113.66");
            refused += last.status() == 429 ? 1 : 0;
        }

        var owner = other.json("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"" + RIGHT + "\"}",
                "X-Forwarded-For", "198.51.100.7");

        assertEquals(990, refused);
        assertEquals(429, last.status());
        assertEquals("application/problem+json", last.contentType());
        assertTrue(Long.parseLong(last.header("retry-after").orElseThrow()) > 0);
        assertEquals(200, owner.status());
    }

    @Test
    void sign_ups_from_one_address_are_limited() {
        when(PORTS.signUp.signUp(any())).thenReturn(ada);
        String body = "{\"email\":\"x@example.com\",\"password\":\"p\",\"confirmedAge13\":true}";
        for (int i = 0; i < 3; i++) {
            browser.json("POST", "/api/v1/auth/signup", body, "X-Forwarded-For", "192.0.2.9");
        }

        var answer = browser.json("POST", "/api/v1/auth/signup", body,
                "X-Forwarded-For", "192.0.2.9");

        assertEquals(429, answer.status());
        assertTrue(answer.header("retry-after").isPresent());
    }

    @Test
    void password_changes_of_one_account_are_limited() {
        browser.logIn("ada@example.com");
        String body = "{\"currentPassword\":\"a\",\"newPassword\":\"b\"}";

        var first = browser.json("POST", "/api/v1/me/password", body);
        browser.json("POST", "/api/v1/me/password", body);
        var third = browser.json("POST", "/api/v1/me/password", body);

        assertEquals(204, first.status());
        assertEquals(429, third.status());
    }

    @Test
    void generation_requests_of_one_account_are_limited() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.request(any()))
                .thenReturn(Fixtures.job(ada, JobKind.PLAN, JobStatus.QUEUED, 0));
        for (int i = 0; i < 3; i++) {
            assertEquals(202, browser.json("POST", "/api/v1/creations/cre-1/plan", null)
                    .status());
        }

        var answer = browser.json("POST", "/api/v1/creations/cre-1/plan", null);

        assertEquals(429, answer.status());
    }

    @Test
    void each_request_is_logged_once_without_its_query_and_with_the_account() {
        browser.logIn("ada@example.com");

        browser.get("/api/v1/me?secret=token", "X-Forwarded-For", "203.0.113.5");

        var entry = ArgumentCaptor.forClass(RequestLogEntry.class);
        verify(PORTS.requestLog, timeout(2000).times(2)).record(entry.capture());
        RequestLogEntry row = entry.getAllValues().get(1);
        assertEquals("GET", row.method());
        assertEquals("/api/v1/me", row.path());
        assertEquals(200, row.status());
        assertEquals("203.0.113.5", row.ip());
        assertEquals(ada.id(), row.accountId());
        assertEquals(TestPorts.NOW, row.at());
        assertTrue(row.millis() >= 0);
    }

    @Test
    void a_refused_request_is_logged_with_its_status_and_no_account() {
        browser.get("/api/v1/me");

        verify(PORTS.requestLog, timeout(2000)).record(argThat(row ->
                row.status() == 401 && row.accountId() == null
                        && row.ip().equals("127.0.0.1")));
    }

    @Test
    void the_nearest_untrusted_forwarded_address_is_the_client() {
        browser.get("/api/v1/session", "X-Forwarded-For", "198.51.100.1, 203.0.113.9, 127.0.0.1");

        verify(PORTS.requestLog, timeout(2000).atLeastOnce())
                .record(argThat(row -> row.ip().equals("203.0.113.9")));
    }
}
