package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.ledger.Credits;

/** The same site behind an https public address, as in production. */
@ServerTest
class HttpsSiteTest {

    private static final TestPorts PORTS = new TestPorts();

    private final Browser browser;
    private final Account ada = Fixtures.creator();

    HttpsSiteTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("https://mymovie.live"));
    }

    @BeforeEach
    void knowAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
    }

    @Test
    void the_cookie_is_secure_and_host_prefixed_under_https() {
        String cookie = browser.logIn("ada@example.com").all("set-cookie").get(0);

        assertTrue(cookie.startsWith("__Host-mymovie_session="), cookie);
        assertTrue(cookie.contains("; Secure"), cookie);
        assertTrue(cookie.contains("; Path=/"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Domain="), cookie);
    }

    @Test
    void clearing_the_cookie_keeps_its_prefix_attributes_so_browsers_accept_it() {
        browser.logIn("ada@example.com");

        String cleared = browser.json("POST", "/api/v1/auth/logout", null)
                .all("set-cookie").get(0);

        assertTrue(cleared.startsWith("__Host-mymovie_session=;"), cleared);
        assertTrue(cleared.contains("Max-Age=0") && cleared.contains("; Secure"), cleared);
    }

    @Test
    void answers_carry_hsts_under_https() {
        var answer = browser.get("/api/v1/session");

        assertTrue(answer.header("strict-transport-security").orElseThrow()
                .startsWith("max-age="));
    }

    @Test
    void the_origin_check_uses_the_public_address() {
        var foreign = browser.json("POST", "/api/v1/auth/login", "{}",
                "Origin", "http://mymovie.live");
        var own = browser.json("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}",
                "Origin", "https://mymovie.live");

        assertEquals(403, foreign.status());
        assertEquals(200, own.status());
    }

    @Test
    void a_loopback_origin_is_refused_when_the_site_has_a_public_address() {
        var loopback = browser.json("POST", "/api/v1/auth/login", "{}",
                "Origin", "http://127.0.0.1:8080");

        assertEquals(403, loopback.status());
    }
}
