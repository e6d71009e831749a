package live.mymovie.application.generation;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import live.mymovie.domain.job.JobKind;

/**
 * How many jobs of each step this instance runs at once, so that one slow provider (a video
 * model, say) never holds every worker while the other steps wait. Steps not named are
 * bounded by the number of workers alone.
 */
public final class StepLimits {

    private final Map<JobKind, Semaphore> permits = new EnumMap<>(JobKind.class);

    private StepLimits(Map<JobKind, Integer> limits) {
        limits.forEach((kind, limit) -> {
            if (limit < 1) {
                throw new IllegalArgumentException("A step runs at least one job at once");
            }
            permits.put(kind, new Semaphore(limit, true));
        });
    }

    public static StepLimits of(Map<JobKind, Integer> limits) {
        return new StepLimits(limits);
    }

    public static StepLimits none() {
        return new StepLimits(Map.of());
    }

    /** Runs the work once the step has a free place. */
    void run(JobKind kind, Runnable work) {
        Semaphore step = permits.get(kind);
        if (step == null) {
            work.run();
            return;
        }
        step.acquireUninterruptibly();
        try {
            work.run();
        } finally {
            step.release();
        }
    }
}
