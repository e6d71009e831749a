package live.mymovie.application.fake;

import live.mymovie.application.contract.SessionRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the SessionRepository contract against the in-memory fakes. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
