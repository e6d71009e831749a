package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.TransactionsContract;
import live.mymovie.application.contract.Stores;

/** Runs the transactions contract on a fresh in-memory H2 database. */
class H2TransactionsTest extends TransactionsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
