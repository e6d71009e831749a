package live.mymovie.adapters.web.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs short values with HMAC-SHA256 under rotating keys: the first key signs, every key
 * verifies, so a new key can be introduced before the old one is dropped.
 */
public final class Signer {

    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    public Signer(List<String> secrets) {
        this.keys = secrets.stream()
                .map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), ALGORITHM))
                .toList();
    }

    /** The signature of the value under the current key, URL-safe base64. */
    public String sign(String purpose, String value) {
        return sign(keys.get(0), purpose, value);
    }

    /** True when the signature matches the value under any configured key. */
    public boolean verifies(String purpose, String value, String signature) {
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        return keys.stream().anyMatch(key -> MessageDigest.isEqual(given,
                sign(key, purpose, value).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String sign(SecretKeySpec key, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
