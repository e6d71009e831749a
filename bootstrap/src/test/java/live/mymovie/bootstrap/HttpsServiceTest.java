package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.bootstrap.support.TestService;
import live.mymovie.bootstrap.support.Waiting;

/** The service serves HTTPS itself from PEM files and sends plain HTTP there. */
// The service runs only while its try block does; the test talks to it over HTTPS.
@SuppressWarnings("try")
class HttpsServiceTest {

    @TempDir
    Path folder;

    @Test
    void the_service_answers_over_https_and_redirects_plain_http() throws Exception {
        Path certificate = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        selfSignedCertificate(certificate, key);
        int port = Waiting.freePort();
        int redirect = Waiting.freePort();

        try (TestService service = TestService.start(Map.of(
                "MYMOVIE_PORT", Integer.toString(port),
                "MYMOVIE_PUBLIC_URL", "https://localhost:" + port,
                "MYMOVIE_TLS_CERT", certificate.toString(),
                "MYMOVIE_TLS_KEY", key.toString(),
                "MYMOVIE_HTTP_REDIRECT_PORT", Integer.toString(redirect)))) {
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(certificate))
                    .build();
            HttpResponse<String> health = https.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.headers().firstValue("strict-transport-security").isPresent());

            HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + redirect + "/creations?x=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(308, plain.statusCode());
            assertEquals("https://localhost:" + port + "/creations?x=1",
                    plain.headers().firstValue("location").orElse(""));
        }
    }

    private static void selfSignedCertificate(Path certificate, Path key) throws Exception {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048",
                "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(),
                "-out", certificate.toString()).redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes());
        assertEquals(0, openssl.waitFor(), "openssl (/usr/bin/openssl) must work: " + output);
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("site",
                    CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
