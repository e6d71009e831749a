package live.mymovie.adapters.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import live.mymovie.domain.account.AccountId;

/**
 * One account's AES-256 data key: it seals the account's texts and, through a key derived
 * per file, its stored files. It is kept only wrapped by the master key.
 */
public final class DataKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEXT_VERSION = "v1.";

    private final byte[] bytes;
    private final SecretKey key;

    private DataKey(byte[] bytes) {
        this.bytes = bytes.clone();
        this.key = new SecretKeySpec(this.bytes, "AES");
    }

    /** A new random data key. */
    public static DataKey generate() {
        byte[] bytes = new byte[MasterKey.LENGTH];
        RANDOM.nextBytes(bytes);
        return new DataKey(bytes);
    }

    /** The key sealed by the master key for the account, in Base64. */
    public String wrap(MasterKey master, AccountId owner) {
        return Base64.getEncoder().encodeToString(
                Gcm.seal(master.wrappingKey(), wrappingContext(owner), bytes));
    }

    /**
     * Opens a wrapped key.
     *
     * @throws UndecryptableData when the master key or account does not match
     */
    public static DataKey unwrap(String wrapped, MasterKey master, AccountId owner) {
        try {
            return new DataKey(Gcm.open(master.wrappingKey(), wrappingContext(owner),
                    Base64.getDecoder().decode(wrapped)));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UndecryptableData("The data key of account " + owner
                    + " does not open with this master key", e);
        }
    }

    /** Seals a text bound to its context (account, table, column); null stays null. */
    public String seal(String plain, String context) {
        if (plain == null) {
            return null;
        }
        byte[] sealed = Gcm.seal(key, context.getBytes(StandardCharsets.UTF_8),
                plain.getBytes(StandardCharsets.UTF_8));
        return TEXT_VERSION + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * Opens a text sealed for the same context; null stays null.
     *
     * @throws UndecryptableData when it was sealed for another context or key, or altered
     */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        try {
            if (!sealed.startsWith(TEXT_VERSION)) {
                throw new IllegalArgumentException("not sealed");
            }
            byte[] plain = Gcm.open(key, context.getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(sealed.substring(TEXT_VERSION.length())));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UndecryptableData("The value of " + context + " does not decrypt: it"
                    + " was written for another account or field, or altered", e);
        }
    }

    /** The AES key of one stored file, derived from this key and the file's random salt. */
    SecretKey fileKey(byte[] salt) {
        byte[] info = new byte[salt.length + 1];
        info[0] = 'F';
        System.arraycopy(salt, 0, info, 1, salt.length);
        return new SecretKeySpec(MasterKey.hmac(bytes, info), "AES");
    }

    private static byte[] wrappingContext(AccountId owner) {
        return ("data key of " + owner.value()).getBytes(StandardCharsets.UTF_8);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
