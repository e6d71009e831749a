package live.mymovie.application.fake;

import live.mymovie.application.contract.AccountDeletionContract;
import live.mymovie.application.contract.Stores;

/** Runs the account deletion contract against the in-memory fakes. */
class InMemoryAccountDeletionTest extends AccountDeletionContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
