package live.mymovie.application.generation;

import live.mymovie.domain.job.Job;

/** One pipeline step, run by a worker for a claimed job. */
interface Step {

    /**
     * Does the step's work and attaches its results to the creation.
     *
     * @throws live.mymovie.application.port.out.ProviderFailure when a provider fails
     * @throws live.mymovie.domain.Refusal when the creation no longer allows the step
     */
    void run(Job job, JobCall call);
}
