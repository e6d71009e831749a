package live.mymovie.application.port.out;

import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;

/** Turns passwords into one-way hashes and checks them. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);

    /**
     * Does the work of one check against a hash no password matches, so that a missing
     * account costs as much time as a wrong password.
     */
    void checkAgainstNothing(Password password);
}
