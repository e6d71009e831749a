package live.mymovie.adapters.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the web adapter is told by bootstrap when it serves HTTPS itself: the PEM files of its
 * certificate and private key, and the plain-HTTP port that only sends visitors to HTTPS.
 *
 * @param certificateChain a PEM file with the site's certificate first, then its issuers
 * @param privateKey a PEM file with the unencrypted private key of that certificate
 * @param redirectPort the plain-HTTP port answering every request with a redirect to the
 *     public https address, or empty for no plain-HTTP listener at all
 */
public record TlsSettings(Path certificateChain, Path privateKey, OptionalInt redirectPort) {

    public TlsSettings {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(redirectPort, "redirectPort");
        requireReadable(certificateChain, "certificate chain");
        requireReadable(privateKey, "private key");
        if (redirectPort.isPresent() && (redirectPort.getAsInt() < 0
                || redirectPort.getAsInt() > 65_535)) {
            throw new IllegalArgumentException("The redirect port must be 0 to 65535");
        }
    }

    /** HTTPS from the given PEM files, with no plain-HTTP listener. */
    public static TlsSettings of(Path certificateChain, Path privateKey) {
        return new TlsSettings(certificateChain, privateKey, OptionalInt.empty());
    }

    /** The same HTTPS, plus a plain-HTTP listener on the given port (0 picks a free one). */
    public TlsSettings withRedirectPort(int port) {
        return new TlsSettings(certificateChain, privateKey, OptionalInt.of(port));
    }

    private static void requireReadable(Path file, String what) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("The TLS " + what + " is not a readable file: "
                    + file);
        }
    }
}
