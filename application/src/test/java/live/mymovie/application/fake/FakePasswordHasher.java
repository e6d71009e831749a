package live.mymovie.application.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;

/** A cheap one-way hasher for tests: salted SHA-256, never bcrypt's cost. */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "fake-sha256$";

    private final SecureRandom random = new SecureRandom();

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(PREFIX + encode(salt) + "$" + encode(digest(salt, password)));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$");
        if (!hash.value().startsWith(PREFIX) || parts.length != 3) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        return MessageDigest.isEqual(expected, digest(salt, password));
    }

    @Override
    public void checkAgainstNothing(Password password) {
        digest(new byte[16], password);
    }

    private static byte[] digest(byte[] salt, Password password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.reveal().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
