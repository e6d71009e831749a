package live.mymovie.application.fake;

import live.mymovie.application.contract.MediaStoreContract;
import live.mymovie.application.port.out.MediaStore;

/** Runs the media store contract against the in-memory store. */
class InMemoryMediaStoreTest extends MediaStoreContract {

    @Override
    protected MediaStore mediaStore() {
        return new InMemoryMediaStore();
    }
}
