package live.mymovie.application.port.out;

import java.util.List;
import java.util.Objects;

import live.mymovie.domain.creation.ShotScript;

/** Draws a storyboard frame for a shot, using the photos of the cast and location in it. */
public interface ImageGenerator {

    String name();

    /**
     * Draws one frame.
     *
     * @throws ProviderFailure when the provider cannot deliver
     */
    GeneratedFile drawFrame(FrameRequest request, ProviderCall call);

    /** The shot, the story it belongs to, its reference photos and the frame size. */
    record FrameRequest(
            String storyTitle, ShotScript shot, List<ReferenceImage> references, int width,
            int height) {
        public FrameRequest {
            Objects.requireNonNull(storyTitle, "storyTitle");
            Objects.requireNonNull(shot, "shot");
            references = List.copyOf(references);
        }
    }
}
