package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.SessionRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the session repository contract on a fresh in-memory H2 database. */
class H2SessionRepositoryTest extends SessionRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
