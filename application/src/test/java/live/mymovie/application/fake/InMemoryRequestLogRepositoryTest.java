package live.mymovie.application.fake;

import live.mymovie.application.contract.RequestLogRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the RequestLogRepository contract against the in-memory fakes. */
class InMemoryRequestLogRepositoryTest extends RequestLogRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
