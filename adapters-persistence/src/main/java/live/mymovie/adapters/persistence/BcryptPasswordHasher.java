package live.mymovie.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import at.favre.lib.crypto.bcrypt.BCrypt;

import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;

/**
 * Hashes passwords with bcrypt. The password first goes through HMAC-SHA256 keyed with the
 * pepper and is base64-encoded, so every byte of a long password counts (bcrypt alone stops
 * at 72 bytes or a NUL) and a stolen table without the pepper cannot be attacked offline.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    public static final int DEFAULT_COST = 12;

    private final int cost;
    private final SecretKeySpec pepper;
    private final String nothingHash;
    /**
     * At most one bcrypt per core at a time: a burst of sign-ins queues here instead of
     * taking every core from the requests that need none.
     */
    private final Semaphore hashing =
            new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public BcryptPasswordHasher(int cost, byte[] pepper) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost runs from 4 to 31: " + cost);
        }
        if (pepper == null || pepper.length < 16) {
            throw new IllegalArgumentException("The pepper needs at least 16 bytes");
        }
        this.cost = cost;
        this.pepper = new SecretKeySpec(pepper.clone(), "HmacSHA256");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.nothingHash = BCrypt.withDefaults().hashToString(cost,
                Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** A hasher at the default cost of 12. */
    public static BcryptPasswordHasher withDefaultCost(byte[] pepper) {
        return new BcryptPasswordHasher(DEFAULT_COST, pepper);
    }

    @Override
    public PasswordHash hash(Password password) {
        return bounded(() -> new PasswordHash(BCrypt.withDefaults().hashToString(cost,
                peppered(password))));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        if (!hash.value().startsWith("$2")) {
            return false;
        }
        return bounded(() -> BCrypt.verifyer().verify(peppered(password), hash.value())
                .verified);
    }

    @Override
    public void checkAgainstNothing(Password password) {
        bounded(() -> BCrypt.verifyer().verify(peppered(password), nothingHash));
    }

    private <T> T bounded(Supplier<T> work) {
        hashing.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    private char[] peppered(Password password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            byte[] digest = mac.doFinal(password.reveal().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
