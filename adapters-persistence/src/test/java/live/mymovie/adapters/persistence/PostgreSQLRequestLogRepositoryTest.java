package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.RequestLogRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the request log repository contract on a fresh PostgreSQL database. */
class PostgreSQLRequestLogRepositoryTest extends RequestLogRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
