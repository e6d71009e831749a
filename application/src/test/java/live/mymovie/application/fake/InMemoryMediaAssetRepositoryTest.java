package live.mymovie.application.fake;

import live.mymovie.application.contract.MediaAssetRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the MediaAssetRepository contract against the in-memory fakes. */
class InMemoryMediaAssetRepositoryTest extends MediaAssetRepositoryContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
