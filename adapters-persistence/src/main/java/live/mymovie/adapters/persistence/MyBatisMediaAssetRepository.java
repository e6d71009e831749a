package live.mymovie.adapters.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import live.mymovie.adapters.persistence.MediaAssetMapper.MediaAssetRow;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;

/** Keeps file records in the media_assets table, with the prompt sealed by the owner's key. */
public final class MyBatisMediaAssetRepository implements MediaAssetRepository {

    private static final String TABLE = "media_assets";

    private final MyBatisSessions sessions;
    private final DataKeyRing keys;

    MyBatisMediaAssetRepository(MyBatisSessions sessions, DataKeyRing keys) {
        this.sessions = sessions;
        this.keys = keys;
    }

    @Override
    public void insert(MediaAsset asset) {
        MediaAssetRow row = toRow(asset, keys.forWriting(asset.ownerId()));
        sessions.call(MediaAssetMapper.class, m -> {
            m.insert(row);
            return null;
        });
    }

    @Override
    public Optional<MediaAsset> findById(AssetId id) {
        return Optional.ofNullable(sessions.call(MediaAssetMapper.class,
                        m -> m.findById(id.value())))
                .map(row -> toAsset(row, keys));
    }

    @Override
    public List<MediaAsset> listByOwner(AccountId owner) {
        return toAssets(sessions.call(MediaAssetMapper.class,
                m -> m.listByOwner(owner.value())));
    }

    @Override
    public List<MediaAsset> listByCreation(CreationId creation) {
        return toAssets(sessions.call(MediaAssetMapper.class,
                m -> m.listByCreation(creation.value())));
    }

    @Override
    public void delete(AssetId id) {
        sessions.call(MediaAssetMapper.class, m -> m.delete(id.value()));
    }

    private List<MediaAsset> toAssets(List<MediaAssetRow> rows) {
        return toAssets(rows, keys);
    }

    /** The records of the rows, looking up each owner's key once. */
    static List<MediaAsset> toAssets(List<MediaAssetRow> rows, DataKeyRing keys) {
        Map<String, AccountFields> fields = new HashMap<>();
        return rows.stream()
                .map(row -> toAsset(row, fields.computeIfAbsent(row.ownerId,
                        owner -> keys.forReading(new AccountId(owner)))))
                .toList();
    }

    private static MediaAsset toAsset(MediaAssetRow row, DataKeyRing keys) {
        return toAsset(row, keys.forReading(new AccountId(row.ownerId)));
    }

    private static MediaAsset toAsset(MediaAssetRow row, AccountFields fields) {
        return new MediaAsset(new AssetId(row.id), new AccountId(row.ownerId),
                new CreationId(row.creationId), row.contentType, row.sizeBytes, row.sha256,
                new Provenance(row.provider, row.model, fields.open(TABLE, "prompt",
                        row.prompt)), row.createdAt, row.providerUrlExpiresAt);
    }

    private static MediaAssetRow toRow(MediaAsset asset, AccountFields fields) {
        var row = new MediaAssetRow();
        row.id = asset.id().value();
        row.ownerId = asset.ownerId().value();
        row.creationId = asset.creationId().value();
        row.contentType = asset.contentType();
        row.sizeBytes = asset.sizeBytes();
        row.sha256 = asset.sha256();
        row.provider = asset.provenance().provider();
        row.model = asset.provenance().model();
        row.prompt = fields.seal(TABLE, "prompt", asset.provenance().prompt());
        row.createdAt = asset.createdAt();
        row.providerUrlExpiresAt = asset.providerUrlExpiresAt();
        return row;
    }
}
