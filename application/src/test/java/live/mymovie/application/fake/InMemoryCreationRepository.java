package live.mymovie.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Keeps creations in memory the way the database keeps them: results point at file records
 * by id, so a deleted file record drops its reference photo and empties its shot's slot.
 */
public final class InMemoryCreationRepository
        implements CreationRepository, InMemoryTransactions.Snapshotting {

    private final InMemoryTransactions transactions;
    private final InMemoryMediaAssetRepository assets;
    private final Map<CreationId, Row> creations = new LinkedHashMap<>();

    public InMemoryCreationRepository(
            InMemoryTransactions transactions, InMemoryMediaAssetRepository assets) {
        this.transactions = transactions;
        this.assets = assets;
        transactions.enlist(this);
    }

    private record Reference(ReferenceId id, ReferenceKind kind, String name, AssetId asset) {
    }

    private record ShotRow(ShotScript script, AssetId frame, AssetId clip) {
    }

    private record Row(
            CreationId id, AccountId owner, String title, String prompt, Instant createdAt,
            List<Reference> references, StoryPlan plan, List<ShotRow> shots,
            AssetId soundtrack, AssetId voiceover) {

        Row withReferences(List<Reference> list) {
            return new Row(id, owner, title, prompt, createdAt, List.copyOf(list), plan, shots,
                    soundtrack, voiceover);
        }

        Row withShots(StoryPlan newPlan, List<ShotRow> list) {
            return new Row(id, owner, title, prompt, createdAt, references, newPlan,
                    List.copyOf(list), soundtrack, voiceover);
        }
    }

    @Override
    public void insert(Creation creation) {
        transactions.locked(() -> {
            if (creations.containsKey(creation.id())) {
                throw new IllegalStateException("Creation " + creation.id() + " exists");
            }
            creations.put(creation.id(), new Row(creation.id(), creation.ownerId(),
                    creation.title(), creation.prompt(), StoredTime.of(creation.createdAt()),
                    List.of(), null,
                    List.of(), null, null));
        });
    }

    @Override
    public Optional<Creation> findById(CreationId id) {
        return transactions.locked(() -> Optional.ofNullable(creations.get(id)).map(this::load));
    }

    @Override
    public List<Creation> listByOwner(AccountId owner) {
        return transactions.locked(() -> {
            List<Row> rows = new ArrayList<>(creations.values());
            Collections.reverse(rows);
            return rows.stream()
                    .filter(r -> r.owner().equals(owner))
                    .sorted(Comparator.comparing(Row::createdAt).reversed())
                    .map(this::load)
                    .toList();
        });
    }

    @Override
    public void updateTexts(CreationId id, String title, String prompt) {
        change(id, r -> new Row(r.id(), r.owner(), title, prompt, r.createdAt(),
                r.references(), r.plan(), r.shots(), r.soundtrack(), r.voiceover()));
    }

    @Override
    public void delete(CreationId id) {
        transactions.locked(() -> {
            creations.remove(id);
        });
    }

    @Override
    public void addReference(CreationId id, ReferencePhoto reference) {
        change(id, r -> {
            requireAsset(reference.photo());
            var list = new ArrayList<>(r.references());
            list.add(new Reference(reference.id(), reference.kind(), reference.name(),
                    reference.photo().id()));
            return r.withReferences(list);
        });
    }

    @Override
    public void removeReference(CreationId id, ReferenceId reference) {
        change(id, r -> r.withReferences(r.references().stream()
                .filter(ref -> !ref.id().equals(reference))
                .toList()));
    }

    @Override
    public void savePlan(CreationId id, StoryPlan plan) {
        change(id, r -> r.withShots(plan, plan.shots().stream()
                .map(s -> new ShotRow(s, null, null))
                .toList()));
    }

    @Override
    public void attachFrame(CreationId id, ShotNumber shot, MediaAsset frame) {
        changeShot(id, shot, frame, s -> new ShotRow(s.script(), frame.id(), s.clip()));
    }

    @Override
    public void attachClip(CreationId id, ShotNumber shot, MediaAsset clip) {
        changeShot(id, shot, clip, s -> new ShotRow(s.script(), s.frame(), clip.id()));
    }

    @Override
    public void attachSoundtrack(CreationId id, MediaAsset soundtrack) {
        change(id, r -> {
            requireAsset(soundtrack);
            return new Row(r.id(), r.owner(), r.title(), r.prompt(), r.createdAt(),
                    r.references(), r.plan(), r.shots(), soundtrack.id(), r.voiceover());
        });
    }

    @Override
    public void attachVoiceover(CreationId id, MediaAsset voiceover) {
        change(id, r -> {
            requireAsset(voiceover);
            return new Row(r.id(), r.owner(), r.title(), r.prompt(), r.createdAt(),
                    r.references(), r.plan(), r.shots(), r.soundtrack(), voiceover.id());
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new LinkedHashMap<>(creations);
        return () -> {
            creations.clear();
            creations.putAll(copy);
        };
    }

    private void change(CreationId id, UnaryOperator<Row> change) {
        transactions.locked(() -> {
            Row row = creations.get(id);
            if (row == null) {
                throw new Refusal.NotFound("Creation");
            }
            creations.put(id, change.apply(row));
        });
    }

    private void changeShot(
            CreationId id, ShotNumber number, MediaAsset asset, UnaryOperator<ShotRow> change) {
        change(id, r -> {
            if (r.shots().stream().noneMatch(s -> s.script().number().equals(number))) {
                throw new Refusal.NotFound("Shot " + number);
            }
            requireAsset(asset);
            return r.withShots(r.plan(), r.shots().stream()
                    .map(s -> s.script().number().equals(number) ? change.apply(s) : s)
                    .toList());
        });
    }

    private void requireAsset(MediaAsset asset) {
        if (assets.findById(asset.id()).isEmpty()) {
            throw new IllegalStateException("Stored file " + asset.id() + " has no record");
        }
    }

    private Creation load(Row row) {
        List<ReferencePhoto> references = row.references().stream()
                .flatMap(ref -> assets.findById(ref.asset()).stream()
                        .map(photo -> new ReferencePhoto(ref.id(), ref.kind(), ref.name(), photo)))
                .toList();
        List<Shot> shots = row.shots().stream()
                .map(s -> new Shot(s.script(), asset(s.frame()), asset(s.clip())))
                .toList();
        return new Creation(row.id(), row.owner(), row.title(), row.prompt(), row.createdAt(),
                references, row.plan(), shots, asset(row.soundtrack()), asset(row.voiceover()));
    }

    private MediaAsset asset(AssetId id) {
        return id == null ? null : assets.findById(id).orElse(null);
    }
}
