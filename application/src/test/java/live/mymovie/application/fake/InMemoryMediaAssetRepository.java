package live.mymovie.application.fake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;

/** Keeps the records of stored files in memory, oldest first. */
public final class InMemoryMediaAssetRepository
        implements MediaAssetRepository, InMemoryTransactions.Snapshotting {

    private final InMemoryTransactions transactions;
    private final Map<AssetId, MediaAsset> assets = new LinkedHashMap<>();

    public InMemoryMediaAssetRepository() {
        this(new InMemoryTransactions());
    }

    public InMemoryMediaAssetRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    @Override
    public void insert(MediaAsset given) {
        MediaAsset asset = new MediaAsset(given.id(), given.ownerId(), given.creationId(),
                given.contentType(), given.sizeBytes(), given.sha256(), given.provenance(),
                StoredTime.of(given.createdAt()), StoredTime.of(given.providerUrlExpiresAt()));
        transactions.locked(() -> {
            if (assets.containsKey(asset.id())) {
                throw new IllegalStateException("Stored file " + asset.id() + " exists");
            }
            assets.put(asset.id(), asset);
        });
    }

    @Override
    public Optional<MediaAsset> findById(AssetId id) {
        return transactions.locked(() -> Optional.ofNullable(assets.get(id)));
    }

    @Override
    public List<MediaAsset> listByOwner(AccountId owner) {
        return transactions.locked(() -> sortedOldestFirst().stream()
                .filter(a -> a.ownerId().equals(owner))
                .toList());
    }

    @Override
    public List<MediaAsset> listByCreation(CreationId creation) {
        return transactions.locked(() -> sortedOldestFirst().stream()
                .filter(a -> a.creationId().equals(creation))
                .toList());
    }

    @Override
    public void delete(AssetId id) {
        transactions.locked(() -> {
            assets.remove(id);
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new LinkedHashMap<>(assets);
        return () -> {
            assets.clear();
            assets.putAll(copy);
        };
    }

    private List<MediaAsset> sortedOldestFirst() {
        return assets.values().stream()
                .sorted(Comparator.comparing(MediaAsset::createdAt))
                .toList();
    }
}
