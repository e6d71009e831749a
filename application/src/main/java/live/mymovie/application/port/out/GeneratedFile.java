package live.mymovie.application.port.out;

import java.time.Instant;
import java.util.Objects;

import live.mymovie.domain.creation.Provenance;

/**
 * A file a provider made, already fetched into memory from wherever the provider put it,
 * with who made it and when the provider's own copy expires (null when it has none).
 */
public record GeneratedFile(
        byte[] bytes, String contentType, Provenance provenance, Instant providerUrlExpiresAt) {

    public GeneratedFile {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(provenance, "provenance");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("A generated file is never empty");
        }
    }
}
