package live.mymovie.application.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import live.mymovie.application.port.in.CheckLedgerUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** Walks every account's ledger and reports anything that does not add up. */
public final class LedgerAuditService implements CheckLedgerUseCase {

    private final AccountRepository accounts;
    private final CreditLedger ledger;
    private final JobRepository jobs;

    public LedgerAuditService(AccountRepository accounts, CreditLedger ledger,
            JobRepository jobs) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.jobs = jobs;
    }

    @Override
    public List<String> checkAllAccounts() {
        List<String> problems = new ArrayList<>();
        for (AccountId account : accounts.allIds()) {
            problems.addAll(check(account));
        }
        return problems;
    }

    /** The problems of one account's ledger. */
    public List<String> check(AccountId account) {
        List<String> problems = new ArrayList<>();
        List<LedgerEntry> oldestFirst = new ArrayList<>(ledger.entries(account)).reversed();
        long running = 0;
        for (LedgerEntry entry : oldestFirst) {
            running += entry.kind().signed(entry.amount());
            if (running != entry.balanceAfter().amount()) {
                problems.add(account + ": entry " + entry.id() + " says balance "
                        + entry.balanceAfter() + " but the entries before it add up to "
                        + running);
            }
            problems.addAll(checkJob(account, entry));
        }
        jobs.listByAccount(account).forEach(job -> problems.addAll(checkPaid(account, job)));
        if (running != ledger.balance(account).amount()) {
            problems.add(account + ": balance " + ledger.balance(account)
                    + " but the entries add up to " + running);
        }
        return problems;
    }

    /** Every job was charged once; every failed or cancelled job was refunded once. */
    private List<String> checkPaid(AccountId account, Job job) {
        List<LedgerEntry> ofJob = ledger.entriesOfJob(job.id());
        long charges = ofJob.stream().filter(e -> e.kind() == LedgerEntryKind.CHARGE).count();
        long refunds = ofJob.stream().filter(e -> e.kind() == LedgerEntryKind.REFUND).count();
        long expectedRefunds = job.status().isRefundable() ? 1 : 0;
        if (charges != 1 || refunds != expectedRefunds) {
            return List.of(account + ": job " + job.id() + " (" + job.status() + ") has "
                    + charges + " charges and " + refunds + " refunds");
        }
        return List.of();
    }

    private List<String> checkJob(AccountId account, LedgerEntry entry) {
        if (entry.kind() == LedgerEntryKind.GRANT) {
            return List.of();
        }
        Optional<Job> job = jobs.findById(entry.jobId());
        if (job.isEmpty() || !job.get().belongsTo(account)) {
            return List.of(account + ": " + entry.kind() + " " + entry.id()
                    + " has no job of this account");
        }
        List<String> problems = new ArrayList<>();
        if (!job.get().cost().equals(entry.amount())) {
            problems.add(account + ": " + entry.kind() + " " + entry.id() + " of "
                    + entry.amount() + " for job costing " + job.get().cost());
        }
        if (entry.kind() == LedgerEntryKind.REFUND) {
            problems.addAll(checkRefund(account, entry, job.get()));
        }
        return problems;
    }

    private List<String> checkRefund(AccountId account, LedgerEntry refund, Job job) {
        List<String> problems = new ArrayList<>();
        if (!job.status().isRefundable()) {
            problems.add(account + ": refund " + refund.id() + " for job " + job.id()
                    + " that is " + job.status());
        }
        return problems;
    }
}
