package live.mymovie.application.generation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;

/** Cancels a job: refunds it, and asks the provider to stop a task it still runs. */
public final class JobCanceller {

    private static final Logger LOG = System.getLogger(JobCanceller.class.getName());

    private final JobOutcomes outcomes;
    private final VideoGenerator videos;

    public JobCanceller(JobOutcomes outcomes, VideoGenerator videos) {
        this.outcomes = outcomes;
        this.videos = videos;
    }

    /** Answers false when the job had already ended. */
    public boolean cancel(Job job) {
        if (!outcomes.cancelAndRefund(job)) {
            return false;
        }
        if (job.kind() == JobKind.ANIMATION && job.providerTask().isPresent()) {
            stopProviderTask(job);
        }
        return true;
    }

    private void stopProviderTask(Job job) {
        try {
            videos.cancelTask(job.providerTask().get());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The video provider did not stop the task of cancelled job "
                    + job.id(), failure);
        }
    }
}
