package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.AccountRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the account repository contract on a fresh in-memory H2 database. */
class H2AccountRepositoryTest extends AccountRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
