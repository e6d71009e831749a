package live.mymovie.adapters.ai.local;

import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;

/** Stops a local provider between its steps once the person has cancelled the job. */
final class Cancellation {

    static final String PROVIDER = "local";

    private Cancellation() {
    }

    /** Throws a non-transient failure, so a cancelled job is not tried again. */
    static void stopIfCanceled(ProviderCall call) {
        if (call.isCanceled()) {
            throw new ProviderFailure(ProviderFailure.Kind.REJECTED, "The job was cancelled.",
                    "cancelled during a local step", null, null);
        }
    }
}
