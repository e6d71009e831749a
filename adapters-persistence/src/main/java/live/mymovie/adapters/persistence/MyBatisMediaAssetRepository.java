package live.mymovie.adapters.persistence;

import java.util.List;
import java.util.Optional;

import live.mymovie.adapters.persistence.MediaAssetMapper.MediaAssetRow;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;

/** Keeps file records in the media_assets table. */
public final class MyBatisMediaAssetRepository implements MediaAssetRepository {

    private final MyBatisSessions sessions;

    MyBatisMediaAssetRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void insert(MediaAsset asset) {
        sessions.call(MediaAssetMapper.class, m -> {
            m.insert(toRow(asset));
            return null;
        });
    }

    @Override
    public Optional<MediaAsset> findById(AssetId id) {
        return Optional.ofNullable(sessions.call(MediaAssetMapper.class,
                        m -> m.findById(id.value())))
                .map(MyBatisMediaAssetRepository::toAsset);
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

    static List<MediaAsset> toAssets(List<MediaAssetRow> rows) {
        return rows.stream().map(MyBatisMediaAssetRepository::toAsset).toList();
    }

    static MediaAsset toAsset(MediaAssetRow row) {
        return new MediaAsset(new AssetId(row.id), new AccountId(row.ownerId),
                new CreationId(row.creationId), row.contentType, row.sizeBytes, row.sha256,
                new Provenance(row.provider, row.model, row.prompt), row.createdAt,
                row.providerUrlExpiresAt);
    }

    private static MediaAssetRow toRow(MediaAsset asset) {
        var row = new MediaAssetRow();
        row.id = asset.id().value();
        row.ownerId = asset.ownerId().value();
        row.creationId = asset.creationId().value();
        row.contentType = asset.contentType();
        row.sizeBytes = asset.sizeBytes();
        row.sha256 = asset.sha256();
        row.provider = asset.provenance().provider();
        row.model = asset.provenance().model();
        row.prompt = asset.provenance().prompt();
        row.createdAt = asset.createdAt();
        row.providerUrlExpiresAt = asset.providerUrlExpiresAt();
        return row;
    }
}
