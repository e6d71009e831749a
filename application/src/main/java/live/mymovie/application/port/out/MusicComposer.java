package live.mymovie.application.port.out;

import java.util.Objects;

import live.mymovie.domain.creation.MusicBrief;

/** Composes the soundtrack from the plan's music brief. */
public interface MusicComposer {

    String name();

    /**
     * Composes a track of about the requested length.
     *
     * @throws ProviderFailure when the provider cannot deliver
     */
    GeneratedFile compose(MusicRequest request, ProviderCall call);

    /** The brief and the length of the movie in seconds. */
    record MusicRequest(String storyTitle, MusicBrief brief, int lengthSeconds) {
        public MusicRequest {
            Objects.requireNonNull(brief, "brief");
        }
    }
}
