package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.TransactionsContract;
import live.mymovie.application.contract.Stores;

/** Runs the transactions contract on a fresh PostgreSQL database. */
class PostgreSQLTransactionsTest extends TransactionsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
