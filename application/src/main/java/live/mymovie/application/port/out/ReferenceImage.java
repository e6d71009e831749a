package live.mymovie.application.port.out;

import java.util.Objects;

import live.mymovie.domain.creation.ReferenceKind;

/** A stored image handed to an image or video provider: a reference photo or a frame. */
public record ReferenceImage(ReferenceKind kind, String name, String contentType, byte[] bytes) {

    public ReferenceImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
