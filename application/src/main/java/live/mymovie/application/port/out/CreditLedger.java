package live.mymovie.application.port.out;

import java.util.List;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * The append-only credit ledger. Every write computes the balance it leaves atomically, so
 * that concurrent charges never take the balance below zero.
 */
public interface CreditLedger {

    /** Appends a grant and answers the entry with the balance after it. */
    LedgerEntry grant(LedgerLine grant);

    /**
     * Appends a charge if the balance covers it.
     *
     * @return the entry, or empty when the balance is too low (nothing is written)
     */
    Optional<LedgerEntry> charge(LedgerLine charge);

    /**
     * Appends the refund of a job's charge, once per job.
     *
     * @return the entry, or empty when that job was already refunded
     */
    Optional<LedgerEntry> refund(LedgerLine refund);

    Credits balance(AccountId account);

    /** Every entry of the account, newest first. */
    List<LedgerEntry> entries(AccountId account);

    /** The entries that belong to one job, oldest first. */
    List<LedgerEntry> entriesOfJob(JobId job);

    /** Removes every entry of the account and its balance; only account deletion does this. */
    void deleteAll(AccountId account);
}
