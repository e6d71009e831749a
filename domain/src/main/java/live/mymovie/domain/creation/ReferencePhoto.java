package live.mymovie.domain.creation;

import java.util.Objects;

import live.mymovie.domain.Text;

/** A photo of a cast member or a location that keeps faces and places consistent. */
public record ReferencePhoto(ReferenceId id, ReferenceKind kind, String name, MediaAsset photo) {

    public static final int MAX_NAME_LENGTH = 60;

    public ReferencePhoto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(photo, "photo");
        name = Text.require(name, "name", 1, MAX_NAME_LENGTH);
        if (name.contains("\n") || name.contains("\r")) {
            throw live.mymovie.domain.Refusal.InvalidInput.of("name", "name must be one line.");
        }
    }
}
