package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;

/** What every password hasher does: one-way, salted hashes that only the password matches. */
public abstract class PasswordHasherContract {

    private PasswordHasher hasher;

    /** The subject, as cheap as it can be made. */
    protected abstract PasswordHasher passwordHasher();

    @BeforeEach
    void openHasher() {
        hasher = passwordHasher();
    }

    @Test
    void the_password_matches_its_hash_and_another_does_not() {
        PasswordHash hash = hasher.hash(Password.chosen("a long walk by the sea", "password"));

        assertTrue(hasher.matches(Password.typed("a long walk by the sea"), hash));
        assertFalse(hasher.matches(Password.typed("a long walk by the see"), hash));
        assertFalse(hash.value().contains("long walk"));
    }

    @Test
    void hashing_twice_gives_two_different_hashes() {
        Password password = Password.chosen("a long walk by the sea", "password");

        assertNotEquals(hasher.hash(password), hasher.hash(password));
    }

    @Test
    void a_hash_from_elsewhere_matches_nothing_and_checking_against_nothing_works() {
        assertFalse(hasher.matches(Password.typed("anything at all here"),
                new PasswordHash("not-a-hash")));
        assertDoesNotThrow(() -> hasher.checkAgainstNothing(Password.typed("whatever")));
    }
}
