package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.CreditLedgerContract;
import live.mymovie.application.contract.Stores;

/** Runs the credit ledger contract on a fresh in-memory H2 database. */
class H2CreditLedgerTest extends CreditLedgerContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
