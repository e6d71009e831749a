package live.mymovie.application.port.in;

import java.util.List;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.Price;

/** A person pays for a pipeline step; the job runs in the background. */
public interface RequestGenerationUseCase {

    /**
     * Charges the price and queues the job in one transaction. A repeated idempotency key
     * answers the first job without charging again.
     *
     * @throws live.mymovie.domain.Refusal.InsufficientCredits when the balance is too low
     * @throws live.mymovie.domain.Refusal.MissingInput when the step's input is not there yet
     * @throws live.mymovie.domain.Refusal.InvalidInput when the key was used for another request
     */
    Job request(JobRequest request);

    /** The job, or NotFound when it is missing or someone else's. */
    Job show(AccountId owner, JobId job);

    /** The creation's jobs, newest first. */
    List<Job> jobsOf(AccountId owner, CreationId creation);

    /**
     * Cancels a queued or running job and refunds it.
     *
     * @throws live.mymovie.domain.Refusal.Conflict once the job has finished
     */
    Job cancel(AccountId owner, JobId job);

    /** What each kind of job costs. */
    List<Price> prices();
}
