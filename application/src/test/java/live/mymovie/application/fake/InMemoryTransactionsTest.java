package live.mymovie.application.fake;

import live.mymovie.application.contract.TransactionsContract;
import live.mymovie.application.contract.Stores;

/** Runs the transactions contract against the in-memory fakes. */
class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }
}
