package live.mymovie.domain.creation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;

/**
 * A file the service keeps for its owner: an uploaded reference photo or a generated frame,
 * clip or track, with where it came from and when the provider's own copy expires.
 */
public record MediaAsset(
        AssetId id,
        AccountId ownerId,
        CreationId creationId,
        String contentType,
        long sizeBytes,
        String sha256,
        Provenance provenance,
        Instant createdAt,
        Instant providerUrlExpiresAt) {

    public MediaAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(creationId, "creationId");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Optional<Instant> providerUrlExpiry() {
        return Optional.ofNullable(providerUrlExpiresAt);
    }

    /** The file name offered when the person downloads this file. */
    public String downloadName() {
        return id.value() + extension();
    }

    private String extension() {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/webp" -> ".webp";
            case "image/gif" -> ".gif";
            case "video/mp4" -> ".mp4";
            case "audio/wav", "audio/x-wav" -> ".wav";
            case "audio/mpeg" -> ".mp3";
            default -> ".bin";
        };
    }
}
