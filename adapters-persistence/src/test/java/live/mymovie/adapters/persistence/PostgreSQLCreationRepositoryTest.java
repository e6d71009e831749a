package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.CreationRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the creation repository contract on a fresh PostgreSQL database. */
class PostgreSQLCreationRepositoryTest extends CreationRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
