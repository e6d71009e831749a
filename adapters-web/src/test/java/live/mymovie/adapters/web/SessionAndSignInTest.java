package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import live.mymovie.application.port.in.LogInUseCase.LogInCommand;
import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.application.port.in.SignUpUseCase.SignUpCommand;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.ledger.Credits;

@ServerTest
class SessionAndSignInTest {

    private static final TestPorts PORTS = new TestPorts();

    private final Browser browser;
    private final Account ada = Fixtures.creator();

    SessionAndSignInTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @BeforeEach
    void knowAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(100)));
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.signUp.signUp(any())).thenReturn(ada);
    }

    @Test
    void a_visitor_without_a_cookie_is_signed_out_and_needs_no_token() {
        var answer = browser.get("/api/v1/session");

        assertEquals(200, answer.status());
        assertFalse(answer.json().get("signedIn").asBoolean());
        assertEquals("", answer.json().get("csrfToken").asText());
        assertFalse(answer.json().has("account"));
        assertTrue(answer.contentType().startsWith("application/json"));
    }

    @Test
    void sign_up_answers_201_with_the_account_and_sets_one_http_only_lax_cookie() {
        var answer = browser.json("POST", "/api/v1/auth/signup", """
                {"email":"ada@example.com","password":"correct horse battery",
                 "displayName":"Ada","confirmedAge13":true}""");

        assertEquals(201, answer.status());
        assertEquals("acc-1", answer.json().get("id").asText());
        assertEquals(100, answer.json().get("balance").asLong());
        assertEquals("2026-11-30T09:15:00Z", answer.json().get("createdAt").asText());
        var cookies = answer.all("set-cookie");
        assertEquals(1, cookies.size());
        String cookie = cookies.get(0);
        assertTrue(cookie.startsWith("mymovie_session=session-"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertTrue(cookie.contains("Max-Age=2592000"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        var command = ArgumentCaptor.forClass(SignUpCommand.class);
        verify(PORTS.signUp).signUp(command.capture());
        assertTrue(command.getValue().confirmedAge13());
    }

    @Test
    void sign_up_without_confirming_the_age_is_refused_with_field_errors() {
        var answer = browser.json("POST", "/api/v1/auth/signup",
                "{\"email\":\"\",\"password\":\"x\",\"confirmedAge13\":false}");

        assertEquals(422, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        var fields = answer.json().get("errors").findValuesAsText("field");
        assertEquals(List.of("confirmedAge13", "email"), fields);
        verify(PORTS.signUp, never()).signUp(any());
    }

    @Test
    void sign_up_with_a_taken_email_answers_409() {
        when(PORTS.signUp.signUp(any())).thenThrow(new Refusal.Conflict("Email taken."));

        var answer = browser.json("POST", "/api/v1/auth/signup", """
                {"email":"ada@example.com","password":"correct horse battery",
                 "confirmedAge13":true}""");

        assertEquals(409, answer.status());
        assertEquals(409, answer.json().get("status").asInt());
        assertEquals("Conflict", answer.json().get("title").asText());
        assertEquals("Email taken.", answer.json().get("detail").asText());
        assertTrue(answer.all("set-cookie").isEmpty());
    }

    @Test
    void log_in_sets_the_cookie_and_the_session_then_knows_the_account() {
        assertEquals(200, browser.logIn("ada@example.com").status());

        var session = browser.get("/api/v1/session");

        assertTrue(session.json().get("signedIn").asBoolean());
        assertEquals("ada@example.com", session.json().get("account").get("email").asText());
        assertEquals(browser.csrfToken, session.json().get("csrfToken").asText());
    }

    @Test
    void a_wrong_password_answers_401_with_one_message_and_no_cookie() {
        when(PORTS.logIn.logIn(any()))
                .thenThrow(new Refusal.NotSignedIn("Email or password is wrong."));

        var answer = browser.logIn("ada@example.com");

        assertEquals(401, answer.status());
        assertEquals("Email or password is wrong.", answer.json().get("detail").asText());
        assertTrue(answer.all("set-cookie").isEmpty());
    }

    @Test
    void log_out_clears_the_cookie_and_the_replayed_cookie_answers_401() {
        browser.logIn("ada@example.com");
        String replayed = browser.cookie;
        String token = browser.csrfToken;

        var logout = browser.json("POST", "/api/v1/auth/logout", null);

        assertEquals(204, logout.status());
        String cleared = logout.all("set-cookie").get(0);
        assertTrue(cleared.startsWith("mymovie_session=;"), cleared);
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        browser.cookie = replayed;
        browser.csrfToken = token;
        assertEquals(401, browser.get("/api/v1/me").status());
    }

    @Test
    void a_cookie_with_a_forged_signature_counts_as_signed_out_and_is_cleared() {
        browser.logIn("ada@example.com");
        browser.cookie = browser.cookie.substring(0, browser.cookie.lastIndexOf('.')) + ".forged";

        var answer = browser.get("/api/v1/me");

        assertEquals(401, answer.status());
        assertTrue(answer.all("set-cookie").get(0).contains("Max-Age=0"));
    }

    @Test
    void a_state_changing_request_with_the_cookie_but_no_token_is_refused_403() {
        browser.logIn("ada@example.com");
        browser.csrfToken = null;

        var answer = browser.json("PATCH", "/api/v1/me", "{\"displayName\":\"Eve\"}");

        assertEquals(403, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        verify(PORTS.editProfile, never()).changeDisplayName(any(), any());
    }

    @Test
    void a_cross_site_post_is_refused_403_even_without_a_cookie() {
        var answer = browser.json("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"x\"}",
                "Origin", "https://evil.example");

        assertEquals(403, answer.status());
        verify(PORTS.logIn, never()).logIn(any());
    }

    @Test
    void a_post_from_the_site_itself_passes_the_origin_check() {
        var answer = browser.logIn("ada@example.com");
        assertEquals(200, answer.status());

        var same = browser.json("POST", "/api/v1/auth/logout", null,
                "Origin", "http://localhost:8080");

        assertEquals(204, same.status());
    }

    @Test
    void a_site_run_on_localhost_accepts_posts_from_its_other_loopback_names() {
        browser.logIn("ada@example.com");

        var numeric = browser.json("POST", "/api/v1/auth/logout", null,
                "Origin", "http://127.0.0.1:8080");
        var otherPort = browser.json("POST", "/api/v1/auth/login", "{}",
                "Origin", "http://127.0.0.1:9090");

        assertEquals(204, numeric.status());
        assertEquals(403, otherPort.status());
    }

    @Test
    void a_json_body_over_64_kib_is_refused_413_before_any_password_is_checked() {
        String huge = "{\"email\":\"ada@example.com\",\"password\":\"" + "x".repeat(70_000)
                + "\"}";

        var answer = browser.json("POST", "/api/v1/auth/login", huge);

        assertEquals(413, answer.status());
        verify(PORTS.logIn, never()).logIn(any(LogInCommand.class));
    }

    @Test
    void a_body_that_is_not_json_answers_415_and_broken_json_answers_400() {
        var form = browser.send("POST", "/api/v1/auth/login",
                "application/x-www-form-urlencoded", "email=a".getBytes());
        var broken = browser.json("POST", "/api/v1/auth/login", "{\"email\":");

        assertEquals(415, form.status());
        assertEquals(400, broken.status());
        assertEquals(400, broken.json().get("status").asInt());
    }

    @Test
    void a_field_of_the_wrong_type_answers_422_naming_the_field() {
        var answer = browser.json("POST", "/api/v1/auth/signup",
                "{\"email\":\"ada@example.com\",\"password\":\"p\",\"confirmedAge13\":[1]}");

        assertEquals(422, answer.status());
        assertEquals("confirmedAge13",
                answer.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void no_answer_sets_any_cookie_but_the_session_cookie() {
        List<Browser.Answer> answers = List.of(
                browser.get("/api/v1/session"),
                browser.get("/api/v1/prices"),
                browser.logIn("ada@example.com"),
                browser.get("/api/v1/me"),
                browser.get("/no/such/page"),
                browser.json("POST", "/api/v1/auth/logout", null));

        for (var answer : answers) {
            for (String cookie : answer.all("set-cookie")) {
                assertTrue(cookie.startsWith("mymovie_session="), cookie);
            }
        }
        assertNotNull(answers.get(2).header("set-cookie").orElse(null));
    }
}
