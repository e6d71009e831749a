package live.mymovie.adapters.web.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;

import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;

/**
 * Reads the site's certificate chain and private key from PEM files and checks, before any
 * visitor connects, that the key belongs to the first certificate of the chain.
 */
public final class PemKeyPair {

    private static final byte[] PROBE = "mymovie.live".getBytes(StandardCharsets.UTF_8);

    private PemKeyPair() {
    }

    /**
     * The keys for the server's TLS; refuses files that are not PEM, a chain without a
     * certificate and a key of another certificate.
     *
     * @throws IllegalArgumentException naming the files (never their content) when refused
     */
    public static Keys read(Path certificateChain, Path privateKey) {
        Keys keys = parse(certificateChain, privateKey);

        if (keys.certChain().isEmpty() || keys.privateKey().isEmpty()) {
            throw refused(certificateChain, privateKey, "no certificate or no key found", null);
        }
        PublicKey certified = keys.certChain().get(0).getPublicKey();
        if (!belongTogether(keys.privateKey().get(), certified)) {
            throw refused(certificateChain, privateKey,
                    "the key is not the key of the first certificate", null);
        }
        return keys;
    }

    private static Keys parse(Path certificateChain, Path privateKey) {
        try {
            return Keys.builder()
                    .pem(pem -> pem.certChain(Resource.create(certificateChain))
                            .key(Resource.create(privateKey)))
                    .build();
        } catch (RuntimeException e) {
            throw refused(certificateChain, privateKey, e.getMessage(), e);
        }
    }

    // Signs a probe with the private key and verifies it with the certificate's public key.
    private static boolean belongTogether(PrivateKey privateKey, PublicKey certified) {
        Optional<String> algorithm = signatureAlgorithm(privateKey.getAlgorithm());
        if (algorithm.isEmpty()) {
            return privateKey.getAlgorithm().equals(certified.getAlgorithm());
        }
        try {
            var signer = Signature.getInstance(algorithm.get());
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();

            var verifier = Signature.getInstance(algorithm.get());
            verifier.initVerify(certified);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Optional<String> signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> Optional.of("SHA256withRSA");
            case "EC" -> Optional.of("SHA256withECDSA");
            case "Ed25519", "Ed448", "EdDSA" -> Optional.of(keyAlgorithm);
            default -> Optional.empty();
        };
    }

    private static IllegalArgumentException refused(Path certificateChain, Path privateKey,
            String why, Throwable cause) {
        return new IllegalArgumentException("Cannot serve HTTPS with the certificate chain "
                + certificateChain + " and the private key " + privateKey + ": " + why, cause);
    }
}
