package live.mymovie.application.fake;

import live.mymovie.application.contract.AccountRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the AccountRepository contract against the in-memory fakes. */
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
