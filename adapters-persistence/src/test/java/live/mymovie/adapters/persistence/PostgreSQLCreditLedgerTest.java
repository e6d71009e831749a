package live.mymovie.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.CreditLedgerContract;
import live.mymovie.application.contract.Stores;

/** Runs the credit ledger contract on a fresh PostgreSQL database. */
class PostgreSQLCreditLedgerTest extends CreditLedgerContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    @Override
    protected Stores stores() {
        return database.freshStores();
    }
}
