package live.mymovie.application.port.out;

import java.util.Objects;

import live.mymovie.domain.creation.ShotScript;

/** Animates a shot's frame into a short clip. */
public interface VideoGenerator {

    String name();

    /**
     * Makes the clip.
     *
     * @throws ProviderFailure when the provider cannot deliver
     */
    GeneratedFile animate(ClipRequest request, ProviderCall call);

    /** Asks the provider to stop a task it is still running; best effort. */
    default void cancelTask(String providerTaskId) {
    }

    /** The shot, its stored frame and how long the clip should last. */
    record ClipRequest(ShotScript shot, ReferenceImage frame, int durationSeconds) {
        public ClipRequest {
            Objects.requireNonNull(shot, "shot");
            Objects.requireNonNull(frame, "frame");
        }
    }
}
