package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.PasswordHasherContract;
import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;

/** Runs the password hasher contract on bcrypt at its lowest cost, plus the pepper rules. */
class BcryptPasswordHasherTest extends PasswordHasherContract {

    private static final byte[] PEPPER = "a pepper of thirty-two bytes....".getBytes(
            StandardCharsets.UTF_8);

    @Override
    protected PasswordHasher passwordHasher() {
        return new BcryptPasswordHasher(4, PEPPER);
    }

    @Test
    void the_hash_is_bcrypt_at_the_configured_cost() {
        PasswordHash hash = new BcryptPasswordHasher(5, PEPPER)
                .hash(Password.chosen("a long walk by the sea", "password"));

        assertTrue(hash.value().startsWith("$2a$05$"), hash.value().substring(0, 7));
    }

    @Test
    void passwords_that_differ_only_after_byte_72_do_not_match() {
        var hasher = new BcryptPasswordHasher(4, PEPPER);
        String common = "x".repeat(80);

        PasswordHash hash = hasher.hash(Password.chosen(common + "first", "password"));

        assertFalse(hasher.matches(Password.typed(common + "other"), hash));
        assertTrue(hasher.matches(Password.typed(common + "first"), hash));
    }

    @Test
    void a_hash_made_with_another_pepper_does_not_match() {
        Password password = Password.chosen("a long walk by the sea", "password");
        PasswordHash hash = new BcryptPasswordHasher(4, PEPPER).hash(password);

        var other = new BcryptPasswordHasher(4,
                "another pepper of 32 bytes......".getBytes(StandardCharsets.UTF_8));

        assertFalse(other.matches(password, hash));
    }

    @Test
    void a_short_pepper_or_a_cost_out_of_range_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new BcryptPasswordHasher(4,
                new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> new BcryptPasswordHasher(3, PEPPER));
    }
}
