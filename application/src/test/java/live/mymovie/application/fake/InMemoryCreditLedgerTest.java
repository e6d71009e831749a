package live.mymovie.application.fake;

import live.mymovie.application.contract.CreditLedgerContract;
import live.mymovie.application.contract.Stores;

/** Runs the CreditLedger contract against the in-memory fakes. */
class InMemoryCreditLedgerTest extends CreditLedgerContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
