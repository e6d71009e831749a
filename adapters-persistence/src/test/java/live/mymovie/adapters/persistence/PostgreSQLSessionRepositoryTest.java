package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.SessionRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the session repository contract on a fresh PostgreSQL database. */
class PostgreSQLSessionRepositoryTest extends SessionRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
