package live.mymovie.domain.creation;

import java.util.Objects;
import java.util.Optional;

/** A planned shot with the frame and clip made for it so far. */
public record Shot(ShotScript script, MediaAsset frame, MediaAsset clip) {

    public Shot {
        Objects.requireNonNull(script, "script");
    }

    public static Shot planned(ShotScript script) {
        return new Shot(script, null, null);
    }

    public ShotNumber number() {
        return script.number();
    }

    public Optional<MediaAsset> frameAsset() {
        return Optional.ofNullable(frame);
    }

    public Optional<MediaAsset> clipAsset() {
        return Optional.ofNullable(clip);
    }
}
