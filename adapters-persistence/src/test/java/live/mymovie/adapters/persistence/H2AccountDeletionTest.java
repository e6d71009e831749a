package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.AccountDeletionContract;
import live.mymovie.application.contract.Stores;
import live.mymovie.domain.account.AccountId;

/** Runs the account deletion contract on a fresh in-memory H2 database. */
class H2AccountDeletionTest extends AccountDeletionContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }

    @Override
    protected void assertNoRowsLeftOf(AccountId account) {
        assertEquals(0, database.rowsOf(account));
    }
}
