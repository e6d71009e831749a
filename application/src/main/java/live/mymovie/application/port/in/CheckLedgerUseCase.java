package live.mymovie.application.port.in;

import java.util.List;

/** Proves the ledger adds up, for every account. */
public interface CheckLedgerUseCase {

    /**
     * Checks that each balance equals the sum of its entries, that each entry's balance
     * after follows from the one before, that every charge and refund belongs to a job of
     * that cost, and that each refund matches one failed or cancelled job.
     *
     * @return one sentence per problem found; empty when the ledger is consistent
     */
    List<String> checkAllAccounts();
}
