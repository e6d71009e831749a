package live.mymovie.domain.creation;

import java.util.List;
import java.util.Objects;

/** What the soundtrack should sound like, as the story planner wrote it. */
public record MusicBrief(
        String mood, String genre, int tempoBpm, String key, List<String> instruments) {

    public MusicBrief {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(genre, "genre");
        Objects.requireNonNull(key, "key");
        instruments = List.copyOf(instruments);
        if (tempoBpm < 40 || tempoBpm > 240) {
            throw new IllegalArgumentException("Tempo must be 40 to 240 bpm: " + tempoBpm);
        }
    }
}
