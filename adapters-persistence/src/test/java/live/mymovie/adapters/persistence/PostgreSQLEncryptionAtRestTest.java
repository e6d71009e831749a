package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Checks encryption at rest on a fresh PostgreSQL database. */
class PostgreSQLEncryptionAtRestTest extends EncryptionAtRestChecks {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
