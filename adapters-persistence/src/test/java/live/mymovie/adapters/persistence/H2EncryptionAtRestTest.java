package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Checks encryption at rest on a fresh in-memory H2 database. */
class H2EncryptionAtRestTest extends EncryptionAtRestChecks {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return database;
    }
}
