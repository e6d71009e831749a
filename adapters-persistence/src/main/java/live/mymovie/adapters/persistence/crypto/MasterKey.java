package live.mymovie.adapters.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import live.mymovie.domain.account.Email;

/**
 * The service's master key (256 bits): it wraps every account's data key and keys the email
 * index. It is the one secret that makes the stored data readable, so it never shows itself.
 */
public final class MasterKey {

    static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private MasterKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A master key has exactly " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A new random key. */
    public static MasterKey generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /**
     * The key written in Base64 (standard or URL-safe alphabet), as kept in the environment or
     * a key file.
     *
     * @throws IllegalArgumentException when the text is not 32 bytes in Base64
     */
    public static MasterKey fromBase64(String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return new MasterKey(Base64.getDecoder().decode(
                    trimmed.replace('-', '+').replace('_', '/')));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A master key is 32 bytes written in Base64");
        }
    }

    /** The key in standard Base64, for writing a key file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The key that wraps data keys. */
    SecretKey wrappingKey() {
        return new SecretKeySpec(derive("mymovie.live data key wrapping v1"), "AES");
    }

    /** The blind index of an email: HMAC-SHA256 of the normalized address, in hex. */
    public String emailIndexOf(Email email) {
        byte[] indexKey = derive("mymovie.live email index v1");
        return HexFormat.of().formatHex(
                hmac(indexKey, email.value().getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] derive(String purpose) {
        return hmac(bytes, purpose.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}
