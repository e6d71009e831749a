package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.List;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy that ends TLS: only a trusted proxy's word that a visitor came over plain
 * HTTP sends that visitor to the public https address.
 */
class ForwardedProtoTest {

    private static final TestPorts PORTS = new TestPorts();

    private static WebServer behindTrustedProxy;
    private static WebServer behindOtherProxy;
    private static WebServer plainSite;

    @BeforeAll
    static void start() {
        var https = TestPorts.settings("https://mymovie.live");
        behindTrustedProxy = start(https.withTrustedProxies(List.of("127.0.0.1")));
        behindOtherProxy = start(https.withTrustedProxies(List.of("10.0.0.7")));
        plainSite = start(TestPorts.settings("http://localhost:8080")
                .withTrustedProxies(List.of("127.0.0.1")));
    }

    private static WebServer start(WebSettings settings) {
        return MyMovieWeb.server("127.0.0.1", 0, PORTS.web(), settings).start();
    }

    @AfterAll
    static void stop() {
        for (var server : List.of(behindTrustedProxy, behindOtherProxy, plainSite)) {
            server.stop();
        }
    }

    @BeforeEach
    void forgetCalls() {
        PORTS.reset();
    }

    @Test
    void plain_http_reported_by_a_trusted_proxy_is_redirected_with_path_and_query() {
        var answer = new Browser(behindTrustedProxy.port())
                .get("/api/v1/prices?kind=SHOT&q=a%20b", "X-Forwarded-Proto", "http");

        assertEquals(308, answer.status());
        assertEquals("https://mymovie.live/api/v1/prices?kind=SHOT&q=a%20b",
                answer.header("location").orElseThrow());
    }

    @Test
    void the_redirect_is_written_to_the_request_log() {
        new Browser(behindTrustedProxy.port())
                .get("/observe/health", "X-Forwarded-Proto", "http");

        verify(PORTS.requestLog, timeout(2000))
                .record(argThat(row -> row.status() == 308
                        && row.path().equals("/observe/health")));
    }

    @Test
    void a_form_post_over_plain_http_is_redirected_before_the_origin_check() {
        var answer = new Browser(behindTrustedProxy.port()).json("POST",
                "/api/v1/auth/login", "{}", "X-Forwarded-Proto", "http",
                "Origin", "http://mymovie.live");

        assertEquals(308, answer.status());
        assertEquals("https://mymovie.live/api/v1/auth/login",
                answer.header("location").orElseThrow());
    }

    @Test
    void https_reported_by_a_trusted_proxy_is_served() {
        var browser = new Browser(behindTrustedProxy.port());

        assertEquals(200, browser.get("/api/v1/prices", "X-Forwarded-Proto", "https").status());
        assertEquals(200, browser.get("/api/v1/prices", "X-Forwarded-Proto", "HTTPS, http")
                .status());
        assertEquals(200, browser.get("/api/v1/prices").status());
    }

    @Test
    void the_outermost_scheme_of_a_proxy_chain_decides() {
        var answer = new Browser(behindTrustedProxy.port())
                .get("/api/v1/prices", "X-Forwarded-Proto", "http, https");

        assertEquals(308, answer.status());
    }

    @Test
    void plain_http_claimed_by_anyone_else_is_not_redirected() {
        var answer = new Browser(behindOtherProxy.port())
                .get("/api/v1/prices", "X-Forwarded-Proto", "http");

        assertEquals(200, answer.status());
        assertTrue(answer.header("location").isEmpty());
    }

    @Test
    void a_site_with_a_plain_http_public_address_never_redirects() {
        var answer = new Browser(plainSite.port())
                .get("/api/v1/prices", "X-Forwarded-Proto", "http");

        assertEquals(200, answer.status());
    }
}
