package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for localhost and 127.0.0.1, made by openssl in a test's folder,
 * and a TLS context that trusts it and nothing else.
 */
record TestCertificate(Path certificateChain, Path privateKey) {

    /** Makes a fresh certificate and key in the folder; fails the test if openssl cannot. */
    static TestCertificate makeIn(Path folder) throws IOException, InterruptedException {
        Path cert = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Process openssl = startOpenssl(folder, "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", key.toString(), "-out", cert.toString());
        String output = new String(openssl.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);

        if (!openssl.waitFor(60, TimeUnit.SECONDS)) {
            openssl.destroyForcibly();
            fail("openssl did not finish making the test certificate");
        }
        assertEquals(0, openssl.exitValue(), "openssl could not make a certificate: " + output);
        return new TestCertificate(cert, key);
    }

    /** A TLS context for clients that trusts only this certificate. */
    SSLContext trustingContext() throws IOException, GeneralSecurityException {
        var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        int n = 0;
        try (InputStream pem = Files.newInputStream(certificateChain)) {
            for (Certificate cert : CertificateFactory.getInstance("X.509")
                    .generateCertificates(pem)) {
                trusted.setCertificateEntry("test-" + n++, cert);
            }
        }

        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Process startOpenssl(Path folder, String... arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("openssl is needed to make the test certificate (apt-get install "
                    + "openssl); it could not be started: " + e.getMessage());
        }
    }
}
