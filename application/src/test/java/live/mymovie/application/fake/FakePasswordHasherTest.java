package live.mymovie.application.fake;

import live.mymovie.application.contract.PasswordHasherContract;
import live.mymovie.application.port.out.PasswordHasher;

/** Runs the password hasher contract against the cheap test hasher. */
class FakePasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher passwordHasher() {
        return new FakePasswordHasher();
    }
}
