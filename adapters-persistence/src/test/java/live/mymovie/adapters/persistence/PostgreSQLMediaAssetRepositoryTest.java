package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.MediaAssetRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the media asset repository contract on a fresh PostgreSQL database. */
class PostgreSQLMediaAssetRepositoryTest extends MediaAssetRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
