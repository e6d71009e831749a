package live.mymovie.domain.creation;

import java.util.List;
import java.util.Objects;

/** The story planner's answer: title, logline, music brief and the shot list. */
public record StoryPlan(
        String title,
        String logline,
        MusicBrief musicBrief,
        List<ShotScript> shots,
        Provenance provenance) {

    public static final int MAX_SHOTS = 12;

    public StoryPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(logline, "logline");
        Objects.requireNonNull(musicBrief, "musicBrief");
        Objects.requireNonNull(provenance, "provenance");
        shots = List.copyOf(shots);
        if (shots.isEmpty() || shots.size() > MAX_SHOTS) {
            throw new IllegalArgumentException("A plan has 1 to " + MAX_SHOTS + " shots");
        }
        for (int i = 0; i < shots.size(); i++) {
            if (shots.get(i).number().value() != i + 1) {
                throw new IllegalArgumentException("Shots are numbered 1, 2, 3, ... in order");
            }
        }
    }

    public int totalSeconds() {
        return shots.stream().mapToInt(ShotScript::durationSeconds).sum();
    }
}
