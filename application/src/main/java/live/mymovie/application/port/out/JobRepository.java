package live.mymovie.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobStatus;

/**
 * Keeps generation jobs and hands due ones to workers. Claims are exclusive: two workers,
 * even in two service instances, never hold the same job at once.
 */
public interface JobRepository {

    /**
     * Stores a new job.
     *
     * @throws DuplicateIdempotencyKey when the account already used the job's key
     */
    void insert(Job job);

    Optional<Job> findById(JobId id);

    Optional<Job> findByIdempotencyKey(AccountId account, String key);

    /** Jobs of a creation, newest first. */
    List<Job> listByCreation(CreationId creation);

    /** Jobs that failed, newest first, for operators. */
    List<Job> listFailed(int limit);

    /** Jobs of an account, newest first. */
    List<Job> listByAccount(AccountId account);

    /** Queued or running jobs of an account. */
    int countActive(AccountId account);

    /**
     * Leases the oldest due job: a queued job whose next attempt is due, or a running job
     * whose lease expired. The claim raises the attempt count and sets the status to RUNNING.
     */
    Optional<Job> claimNext(String worker, Instant now, Instant leaseUntil);

    /** Extends the lease while the worker still holds it; false when it no longer does. */
    boolean renewLease(JobId id, String worker, Instant leaseUntil);

    void recordProgress(JobId id, int progress);

    void recordProviderTask(JobId id, String providerTaskId);

    /** Puts a running job back in the queue after a transient failure. */
    void scheduleRetry(JobId id, String error, Instant nextAttemptAt);

    /**
     * Moves a job that is not yet final to a final status.
     *
     * @return false when the job was already final, so only one caller ever finishes it
     */
    boolean finish(JobId id, JobStatus status, String error, Instant now);

    /** Removes every job of the account. */
    void deleteAll(AccountId account);

    /** Thrown when an account reuses an idempotency key. */
    final class DuplicateIdempotencyKey extends RuntimeException {
        public DuplicateIdempotencyKey() {
            super("Idempotency key already used", null, false, false);
        }
    }
}
