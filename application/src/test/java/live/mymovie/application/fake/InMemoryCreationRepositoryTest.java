package live.mymovie.application.fake;

import live.mymovie.application.contract.CreationRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the CreationRepository contract against the in-memory fakes. */
class InMemoryCreationRepositoryTest extends CreationRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
