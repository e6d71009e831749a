package live.mymovie.application.creation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;

import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.MediaStore.StoredBytes;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;

/** Keeps our own copy of a file and its record, so work never depends on a provider's URL. */
public final class MediaKeeper {

    private final MediaStore files;
    private final MediaAssetRepository assets;
    private final long maxFileBytes;
    private final Clock clock;

    public MediaKeeper(MediaStore files, MediaAssetRepository assets, long maxFileBytes,
            Clock clock) {
        this.files = files;
        this.assets = assets;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /** Stores the bytes and their record; answers the record. */
    public MediaAsset keep(AccountId owner, CreationId creation, byte[] bytes,
            String contentType, Provenance provenance, Instant providerUrlExpiresAt) {
        AssetId id = AssetId.newId();
        StoredBytes stored = files.put(owner, id, new ByteArrayInputStream(bytes), maxFileBytes);
        MediaAsset asset = new MediaAsset(id, owner, creation, contentType, stored.sizeBytes(),
                stored.sha256(), provenance, clock.instant(), providerUrlExpiresAt);
        try {
            assets.insert(asset);
        } catch (RuntimeException failure) {
            files.delete(owner, id);
            throw failure;
        }
        return asset;
    }

    /** Reads a stored file whole, for handing it to a provider. */
    public byte[] read(MediaAsset asset) {
        try (var in = files.open(asset.ownerId(), asset.id())) {
            return in.readAllBytes();
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException("Reading a stored file failed", failure);
        }
    }

    /** Removes a file and its record. */
    public void discard(MediaAsset asset) {
        assets.delete(asset.id());
        files.delete(asset.ownerId(), asset.id());
    }
}
