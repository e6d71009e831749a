package live.mymovie.adapters.web;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

/** A site that trusts no proxy ignores X-Forwarded-For entirely. */
@ServerTest
class UntrustedProxyTest {

    private static final TestPorts PORTS = new TestPorts();

    private final Browser browser;

    UntrustedProxyTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @Test
    void a_forwarded_address_from_an_untrusted_peer_is_ignored() {
        browser.get("/api/v1/session", "X-Forwarded-For", "203.0.113.9");

        verify(PORTS.requestLog, timeout(2000))
                .record(argThat(row -> row.ip().equals("127.0.0.1")));
    }
}
