package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.adapters.web.api.ObserveService;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.ledger.Credits;

@ServerTest
class PagesAndOperationsTest {

    private static final TestPorts PORTS = new TestPorts();
    private static RouteCatalog catalog;

    private final Browser browser;
    private final Account ada = Fixtures.creator();

    PagesAndOperationsTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        catalog = MyMovieWeb.routing(routing, PORTS.web(),
                TestPorts.settings("http://localhost:8080"), "test-site");
    }

    @BeforeEach
    void knowAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
    }

    @Test
    void a_page_gets_the_csrf_token_and_the_signed_in_flag_filled_in() {
        browser.logIn("ada@example.com");

        var page = browser.get("/");

        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertTrue(page.body().contains("content=\"" + browser.csrfToken + "\""));
        assertTrue(page.body().contains("data-signed-in=\"true\""));
        assertFalse(page.body().contains("{{"));
    }

    @Test
    void a_signed_out_visitor_sees_an_empty_token_and_false() {
        var page = browser.get("/");

        assertTrue(page.body().contains("content=\"\""));
        assertTrue(page.body().contains("data-signed-in=\"false\""));
    }

    @Test
    void private_pages_send_signed_out_visitors_to_log_in_with_303() {
        for (String path : List.of("/creations", "/creations/cre-1", "/profile", "/admin")) {
            var answer = browser.get(path);

            assertEquals(303, answer.status(), path);
            assertEquals("/login", answer.header("location").orElseThrow(), path);
        }
    }

    @Test
    void a_private_page_is_served_to_a_signed_in_person() {
        browser.logIn("ada@example.com");

        var page = browser.get("/creations");

        assertEquals(200, page.status());
        assertTrue(page.body().contains("Your creations"));
    }

    @Test
    void a_missing_page_file_answers_a_404_problem() {
        var answer = browser.get("/terms");

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(404, answer.json().get("status").asInt());
    }

    @Test
    void an_unknown_path_answers_a_404_problem() {
        var answer = browser.get("/wp-admin/setup.php");

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void assets_are_served_with_no_cache_and_the_security_headers() {
        var css = browser.get("/assets/css/site.css");

        assertEquals(200, css.status());
        assertTrue(css.body().contains("font-family"));
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertEquals("no-cache", css.header("cache-control").orElseThrow());
        assertSecurityHeaders(css);
        assertEquals(404, browser.get("/assets/css/missing.css").status());
    }

    @Test
    void an_unchanged_asset_is_answered_304_without_a_body_so_the_browser_keeps_its_copy() {
        String tag = browser.get("/assets/css/site.css").header("etag").orElseThrow();

        var again = browser.get("/assets/css/site.css", "If-None-Match", tag);

        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(tag, again.header("etag").orElseThrow());
        assertEquals("no-cache", again.header("cache-control").orElseThrow());
        assertSecurityHeaders(again);
    }

    @Test
    void every_answer_carries_the_security_headers_errors_included() {
        assertSecurityHeaders(browser.get("/"));
        assertSecurityHeaders(browser.get("/api/v1/me"));
        assertSecurityHeaders(browser.get("/no/such/thing"));
        assertTrue(browser.get("/").header("strict-transport-security").isEmpty());
    }

    @Test
    void an_unexpected_failure_answers_500_without_its_details() {
        browser.logIn("ada@example.com");
        when(PORTS.creations.list(any()))
                .thenThrow(new IllegalStateException("SELECT * FROM accounts failed"));

        var answer = browser.get("/api/v1/creations");

        assertEquals(500, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertFalse(answer.body().contains("SELECT"));
        assertFalse(answer.body().contains("Exception"));
        assertFalse(answer.body().contains("at live."));
    }

    @Test
    void health_is_up_when_the_database_answers_and_503_when_not() {
        var up = browser.get("/observe/health");
        PORTS.databaseUp.set(false);
        var down = browser.get("/observe/health");

        assertEquals(200, up.status());
        assertEquals("UP", up.json().get("status").asText());
        assertEquals(503, down.status());
        assertEquals("DOWN", down.json().get("status").asText());
    }

    @Test
    void the_openapi_document_is_served_as_openapi_3_1() {
        var answer = browser.get("/openapi.yaml");

        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/yaml"));
        assertTrue(answer.body().startsWith("openapi: 3.1.0"));
    }

    @Test
    void every_registered_route_is_in_the_openapi_document() throws IOException {
        Set<String> documented = documentedRoutes();
        Set<String> registered = new TreeSet<>();
        catalog.routes().forEach(r -> registered.add(r.replace("{+", "{")));

        registered.removeAll(documented);

        assertTrue(catalog.routes().size() > 40, "routes: " + catalog.routes());
        assertEquals(Set.of(), registered);
    }

    private static Set<String> documentedRoutes() throws IOException {
        String yaml;
        try (InputStream in = ObserveService.class.getClassLoader()
                .getResourceAsStream(ObserveService.OPENAPI)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Pattern pathLine = Pattern.compile("^  (/\\S*):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|patch|delete):.*$");
        Set<String> routes = new TreeSet<>();
        String path = null;
        for (String line : yaml.split("\n")) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (line.matches("^\\S.*")) {
                path = null;
            } else if (path != null && m.matches()) {
                routes.add(m.group(1).toUpperCase() + " " + path);
            }
        }
        return routes;
    }

    private static void assertSecurityHeaders(Browser.Answer answer) {
        String policy = answer.header("content-security-policy").orElseThrow();
        assertTrue(policy.startsWith("default-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", answer.header("x-content-type-options").orElseThrow());
        assertEquals("same-origin", answer.header("referrer-policy").orElseThrow());
        assertEquals("DENY", answer.header("x-frame-options").orElseThrow());
    }
}
