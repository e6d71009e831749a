package live.mymovie.application.fake;

import live.mymovie.application.contract.JobRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the JobRepository contract against the in-memory fakes. */
class InMemoryJobRepositoryTest extends JobRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
