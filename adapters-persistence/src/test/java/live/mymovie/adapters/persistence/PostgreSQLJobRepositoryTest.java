package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.JobRepositoryContract;
import live.mymovie.application.contract.Stores;

/** Runs the job repository contract on a fresh PostgreSQL database. */
class PostgreSQLJobRepositoryTest extends JobRepositoryContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
