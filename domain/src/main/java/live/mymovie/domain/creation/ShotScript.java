package live.mymovie.domain.creation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one shot shows and says, as the story plan describes it. */
public record ShotScript(
        ShotNumber number,
        String description,
        String camera,
        int durationSeconds,
        String narration,
        List<String> cast,
        String location) {

    public ShotScript {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(camera, "camera");
        narration = narration == null ? "" : narration;
        cast = List.copyOf(cast);
        if (durationSeconds < 1 || durationSeconds > 60) {
            throw new IllegalArgumentException("A shot lasts 1 to 60 seconds: "
                    + durationSeconds);
        }
    }

    public Optional<String> locationName() {
        return Optional.ofNullable(location);
    }
}
