package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.AccountRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the account repository contract on a fresh PostgreSQL database. */
class PostgreSQLAccountRepositoryTest extends AccountRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
