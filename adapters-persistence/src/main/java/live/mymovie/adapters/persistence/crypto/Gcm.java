package live.mymovie.adapters.persistence.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM with a random 96-bit nonce written before the ciphertext. */
final class Gcm {

    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {
    }

    /** nonce || ciphertext || tag. */
    static byte[] seal(SecretKey key, byte[] associated, byte[] plain) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(associated);
            ByteBuffer sealed = ByteBuffer.allocate(NONCE_LENGTH + plain.length + TAG_LENGTH);
            sealed.put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to encrypt", e);
        }
    }

    /**
     * The plain bytes of what {@link #seal} wrote.
     *
     * @throws AEADBadTagException when key, associated data or bytes do not match
     */
    static byte[] open(SecretKey key, byte[] associated, byte[] sealed)
            throws AEADBadTagException {
        if (sealed.length < NONCE_LENGTH + TAG_LENGTH) {
            throw new AEADBadTagException("Too short to be sealed");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key,
                    java.util.Arrays.copyOf(sealed, NONCE_LENGTH));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to decrypt", e);
        }
    }

    static Cipher cipher(int mode, SecretKey key, byte[] nonce)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        return cipher;
    }
}
