package live.mymovie.application.fake;

import java.time.Clock;

import live.mymovie.application.contract.Stores;

/** Builds every storage fake over one shared lock, so that units of work span them all. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static Stores create() {
        return create(Clock.systemUTC());
    }

    public static Stores create(Clock clock) {
        var transactions = new InMemoryTransactions();
        var assets = new InMemoryMediaAssetRepository(transactions);
        return new Stores(new InMemoryAccountRepository(transactions),
                new InMemoryCreationRepository(transactions, assets), assets,
                new InMemoryCreditLedger(transactions, clock),
                new InMemoryJobRepository(transactions),
                new InMemorySessionRepository(transactions),
                new InMemoryRequestLogRepository(transactions), transactions);
    }
}
