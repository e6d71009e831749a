package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.CreationRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the creation repository contract on a fresh in-memory H2 database. */
class H2CreationRepositoryTest extends CreationRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
