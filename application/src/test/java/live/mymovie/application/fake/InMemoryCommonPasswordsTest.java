package live.mymovie.application.fake;

import live.mymovie.application.contract.CommonPasswordsContract;
import live.mymovie.application.port.out.CommonPasswords;

/** Runs the common passwords contract against the short in-memory list. */
class InMemoryCommonPasswordsTest extends CommonPasswordsContract {

    @Override
    protected CommonPasswords commonPasswords() {
        return new InMemoryCommonPasswords();
    }
}
