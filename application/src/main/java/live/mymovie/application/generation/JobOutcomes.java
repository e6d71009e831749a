package live.mymovie.application.generation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.Transactions;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * Ends jobs. A job that fails or is cancelled is refunded in the same transaction that
 * makes it final, and only the caller that made it final refunds, so a refund happens once.
 */
public final class JobOutcomes {

    private static final Logger LOG = System.getLogger(JobOutcomes.class.getName());

    private final JobRepository jobs;
    private final CreditLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public JobOutcomes(JobRepository jobs, CreditLedger ledger, Transactions transactions,
            Clock clock) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Marks the job done; false when it had already ended (e.g. cancelled meanwhile). */
    public boolean succeed(Job job) {
        jobs.recordProgress(job.id(), 100);
        boolean done = jobs.finish(job.id(), JobStatus.SUCCEEDED, null, clock.instant());
        if (done) {
            LOG.log(Level.INFO, "Job " + job.id() + " (" + job.kind() + ") succeeded");
        }
        return done;
    }

    /** Fails the job for good and refunds it; false when it had already ended. */
    public boolean failAndRefund(Job job, String reason) {
        return endAndRefund(job, JobStatus.FAILED, reason,
                "Refund: " + job.kind().label() + " failed");
    }

    /** Cancels the job and refunds it; false when it had already ended. */
    public boolean cancelAndRefund(Job job) {
        return endAndRefund(job, JobStatus.CANCELED, "Cancelled by you.",
                "Refund: " + job.kind().label() + " cancelled");
    }

    private boolean endAndRefund(Job job, JobStatus status, String reason, String note) {
        boolean ended = transactions.inTransaction(() -> {
            if (!jobs.finish(job.id(), status, reason, clock.instant())) {
                return false;
            }
            ledger.refund(LedgerLine.refund(job.accountId(), job.cost(), note, job.id()));
            return true;
        });
        if (ended) {
            LOG.log(Level.INFO, "Job " + job.id() + " " + status.name().toLowerCase()
                    + " and refunded " + job.cost() + " credits: " + reason);
        }
        return ended;
    }
}
