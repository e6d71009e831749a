package live.mymovie.adapters.ai.http;

import java.time.Duration;

import live.mymovie.application.port.out.ProviderFailure;

/** Waits on the job's worker thread between attempts and polls. */
public final class Sleep {

    private Sleep() {
    }

    /** Sleeps; an interrupt ends the call as a transient failure so the job can stop. */
    public static void forDuration(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ProviderFailure.transientFailure("Interrupted while waiting", null);
        }
    }
}
