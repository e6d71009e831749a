package live.mymovie.application.port.out;

import java.util.Optional;

/**
 * The job's side of one call to a provider: resume an earlier provider task, remember a new
 * one, report progress, and notice a cancel.
 */
public interface ProviderCall {

    /** The provider task an earlier attempt of this job started, if any. */
    Optional<String> resumeTaskId();

    /** Remembers the provider's task id at once, so a restarted job polls it again. */
    void taskStarted(String providerTaskId);

    /** Reports progress from 0 to 100. */
    void progress(int percent);

    /** True once the person cancelled the job; providers stop as soon as they can. */
    boolean isCanceled();

    /** A call with nothing to resume that ignores what it is told, for tests and tools. */
    static ProviderCall detached() {
        return new ProviderCall() {
            @Override
            public Optional<String> resumeTaskId() {
                return Optional.empty();
            }

            @Override
            public void taskStarted(String providerTaskId) {
            }

            @Override
            public void progress(int percent) {
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }
}
