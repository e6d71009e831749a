package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.domain.job.PriceList;

/** The site serving HTTPS itself from PEM files, with a plain-HTTP port that only redirects. */
class HttpsServerTest {

    private static final TestPorts PORTS = new TestPorts();

    @TempDir
    static Path folder;

    private static TestCertificate certificate;
    private static WebServer server;
    private static Browser https;
    private static Browser plain;

    @BeforeAll
    static void startOverHttps() throws Exception {
        certificate = TestCertificate.makeIn(folder);
        var tls = TlsSettings.of(certificate.certificateChain(), certificate.privateKey())
                .withRedirectPort(0);
        server = MyMovieWeb.server("127.0.0.1", 0, PORTS.web(),
                TestPorts.settings("https://mymovie.live"), tls).start();

        https = trusting(certificate, server);
        plain = new Browser(server.port(MyMovieWeb.REDIRECT_SOCKET));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void forgetCalls() {
        PORTS.reset();
    }

    @Test
    void health_is_answered_over_https_with_hsts() {
        var answer = https.get("/observe/health");

        assertEquals(200, answer.status());
        assertEquals("UP", answer.json().get("status").asText());
        assertTrue(answer.header("strict-transport-security").orElseThrow()
                .startsWith("max-age="));
    }

    @Test
    void prices_are_answered_over_https() {
        when(PORTS.generation.prices()).thenReturn(PriceList.standard().all());

        var answer = https.get("/api/v1/prices");

        assertEquals(200, answer.status());
        assertEquals(5, answer.json().get("items").size());
    }

    @Test
    void plain_http_is_sent_to_the_same_path_and_query_on_the_public_https_address() {
        var answer = plain.get("/api/v1/prices?kind=SHOT&q=a%20b");

        assertEquals(308, answer.status());
        assertEquals("https://mymovie.live/api/v1/prices?kind=SHOT&q=a%20b",
                answer.header("location").orElseThrow());
    }

    @Test
    void the_redirect_port_serves_nothing_of_the_site() {
        var health = plain.get("/observe/health");
        var signIn = plain.json("POST", "/api/v1/auth/login", "{}");

        assertEquals(308, health.status());
        assertEquals("https://mymovie.live/observe/health",
                health.header("location").orElseThrow());
        assertEquals(308, signIn.status());
        assertTrue(health.bytes().length == 0 && signIn.bytes().length == 0);
    }

    @Test
    void the_https_port_does_not_answer_plain_http() {
        var plainOnHttpsPort = new Browser(server.port());

        assertThrows(UncheckedIOException.class, () -> plainOnHttpsPort.get("/observe/health"));
    }

    @Test
    void without_a_redirect_port_only_https_is_served() {
        var tls = TlsSettings.of(certificate.certificateChain(), certificate.privateKey());
        var alone = MyMovieWeb.server("127.0.0.1", 0, PORTS.web(),
                TestPorts.settings("https://mymovie.live"), tls);

        assertTrue(alone.hasTls());
        assertFalse(alone.hasTls(MyMovieWeb.REDIRECT_SOCKET));
        assertEquals(-1, alone.port(MyMovieWeb.REDIRECT_SOCKET));
    }

    @Test
    void serving_https_under_a_plain_http_public_address_is_refused() {
        var tls = TlsSettings.of(certificate.certificateChain(), certificate.privateKey());

        assertThrows(IllegalArgumentException.class, () -> MyMovieWeb.server("127.0.0.1", 0,
                PORTS.web(), TestPorts.settings("http://localhost:8080"), tls));
    }

    @Test
    void a_missing_key_file_is_refused_before_the_server_is_built() {
        var missing = folder.resolve("no-such-key.pem");

        var refusal = assertThrows(IllegalArgumentException.class,
                () -> TlsSettings.of(certificate.certificateChain(), missing));
        assertTrue(refusal.getMessage().contains("private key"), refusal.getMessage());
    }

    @Test
    void a_key_file_that_is_not_pem_stops_the_server_from_being_built() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage.pem"), "not a key");
        var tls = TlsSettings.of(certificate.certificateChain(), garbage);

        var refusal = assertThrows(IllegalArgumentException.class, () -> MyMovieWeb.server(
                "127.0.0.1", 0, PORTS.web(), TestPorts.settings("https://mymovie.live"), tls));
        assertTrue(refusal.getMessage().contains(garbage.toString()), refusal.getMessage());
    }

    @Test
    void the_key_of_another_certificate_stops_the_server_from_being_built() throws Exception {
        var other = TestCertificate.makeIn(Files.createDirectories(folder.resolve("other")));
        var tls = TlsSettings.of(certificate.certificateChain(), other.privateKey());

        var refusal = assertThrows(IllegalArgumentException.class, () -> MyMovieWeb.server(
                "127.0.0.1", 0, PORTS.web(), TestPorts.settings("https://mymovie.live"), tls));
        assertTrue(refusal.getMessage().contains("not the key of the first certificate"),
                refusal.getMessage());
    }

    @Test
    void a_renewed_certificate_is_served_once_reloaded() throws Exception {
        var renewed = TestCertificate.makeIn(Files.createDirectories(folder.resolve("renewed")));
        var tls = TlsSettings.of(certificate.certificateChain(), certificate.privateKey());
        var site = MyMovieWeb.server("127.0.0.1", 0, PORTS.web(),
                TestPorts.settings("https://mymovie.live"), tls).start();
        try {
            assertThrows(UncheckedIOException.class,
                    () -> trusting(renewed, site).get("/observe/health"));

            MyMovieWeb.reloadTls(site, TlsSettings.of(renewed.certificateChain(),
                    renewed.privateKey()));

            assertEquals(200, trusting(renewed, site).get("/observe/health").status());
        } finally {
            site.stop();
        }
    }

    @Test
    void a_failed_reload_keeps_the_current_certificate() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage-cert.pem"), "not a cert");

        assertThrows(IllegalArgumentException.class, () -> MyMovieWeb.reloadTls(server,
                TlsSettings.of(garbage, certificate.privateKey())));

        assertEquals(200, trusting(certificate, server).get("/observe/health").status());
    }

    private static Browser trusting(TestCertificate trusted, WebServer site) throws Exception {
        var client = HttpClient.newBuilder()
                .sslContext(trusted.trustingContext())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new Browser("https://127.0.0.1:" + site.port(), client);
    }
}
