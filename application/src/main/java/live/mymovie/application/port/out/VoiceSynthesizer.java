package live.mymovie.application.port.out;

import java.util.List;

/** Speaks the narration lines as one voiceover track. */
public interface VoiceSynthesizer {

    String name();

    /**
     * Records the narration, one line per shot with a pause between shots.
     *
     * @throws ProviderFailure when the provider cannot deliver
     */
    GeneratedFile narrate(NarrationRequest request, ProviderCall call);

    /** The lines to speak, in order. */
    record NarrationRequest(List<NarrationLine> lines) {
        public NarrationRequest {
            lines = List.copyOf(lines);
        }
    }

    /** One shot's narration and how long the shot lasts. */
    record NarrationLine(int shotNumber, String text, int shotSeconds) {
    }
}
