package live.mymovie.adapters.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import live.mymovie.adapters.persistence.CreationMapper.CreationRow;
import live.mymovie.adapters.persistence.CreationMapper.ReferenceRow;
import live.mymovie.adapters.persistence.CreationMapper.ShotRow;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Keeps creations across the creations, reference_photos and shots tables. Each result is
 * one UPDATE of its own row, so jobs on different shots never overwrite each other.
 */
public final class MyBatisCreationRepository implements CreationRepository {

    private final MyBatisSessions sessions;

    MyBatisCreationRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void insert(Creation creation) {
        var row = new CreationRow();
        row.id = creation.id().value();
        row.ownerId = creation.ownerId().value();
        row.title = creation.title();
        row.prompt = creation.prompt();
        row.createdAt = creation.createdAt();
        sessions.call(CreationMapper.class, m -> {
            m.insert(row);
            return null;
        });
    }

    @Override
    public Optional<Creation> findById(CreationId id) {
        return sessions.inUnit(() -> load(id.value()));
    }

    @Override
    public List<Creation> listByOwner(AccountId owner) {
        return sessions.inUnit(() -> sessions.call(CreationMapper.class,
                        m -> m.idsByOwner(owner.value())).stream()
                .flatMap(id -> load(id).stream())
                .toList());
    }

    @Override
    public void updateTexts(CreationId id, String title, String prompt) {
        requireChanged(sessions.call(CreationMapper.class,
                m -> m.updateTexts(id.value(), title, prompt)));
    }

    @Override
    public void delete(CreationId id) {
        sessions.call(CreationMapper.class, m -> m.delete(id.value()));
    }

    @Override
    public void addReference(CreationId id, ReferencePhoto reference) {
        var row = new ReferenceRow();
        row.id = reference.id().value();
        row.creationId = id.value();
        row.kind = reference.kind().name();
        row.name = reference.name();
        row.assetId = reference.photo().id().value();
        sessions.inUnit(() -> {
            requireCreation(id);
            return sessions.call(CreationMapper.class, m -> {
                m.insertReference(row);
                return null;
            });
        });
    }

    @Override
    public void removeReference(CreationId id, ReferenceId reference) {
        sessions.inUnit(() -> {
            requireCreation(id);
            return sessions.call(CreationMapper.class,
                    m -> m.deleteReference(id.value(), reference.value()));
        });
    }

    @Override
    public void savePlan(CreationId id, StoryPlan plan) {
        sessions.inUnit(() -> sessions.call(CreationMapper.class, m -> {
            requireChanged(m.updatePlan(planRow(id, plan)));
            m.deleteShots(id.value());
            plan.shots().forEach(s -> m.insertShot(shotRow(id, s)));
            return null;
        }));
    }

    @Override
    public void attachFrame(CreationId id, ShotNumber shot, MediaAsset frame) {
        attachToShot(id, shot, m -> m.attachFrame(id.value(), shot.value(), frame.id().value()));
    }

    @Override
    public void attachClip(CreationId id, ShotNumber shot, MediaAsset clip) {
        attachToShot(id, shot, m -> m.attachClip(id.value(), shot.value(), clip.id().value()));
    }

    @Override
    public void attachSoundtrack(CreationId id, MediaAsset soundtrack) {
        requireChanged(sessions.call(CreationMapper.class,
                m -> m.attachSoundtrack(id.value(), soundtrack.id().value())));
    }

    @Override
    public void attachVoiceover(CreationId id, MediaAsset voiceover) {
        requireChanged(sessions.call(CreationMapper.class,
                m -> m.attachVoiceover(id.value(), voiceover.id().value())));
    }

    private void attachToShot(
            CreationId id, ShotNumber shot, Function<CreationMapper, Integer> attach) {
        sessions.inUnit(() -> {
            if (sessions.call(CreationMapper.class, attach) == 0) {
                requireCreation(id);
                throw new Refusal.NotFound("Shot " + shot);
            }
            return null;
        });
    }

    private void requireCreation(CreationId id) {
        if (sessions.call(CreationMapper.class, m -> m.findById(id.value())) == null) {
            throw new Refusal.NotFound("Creation");
        }
    }

    private static void requireChanged(int rows) {
        if (rows == 0) {
            throw new Refusal.NotFound("Creation");
        }
    }

    private Optional<Creation> load(String id) {
        CreationRow row = sessions.call(CreationMapper.class, m -> m.findById(id));
        if (row == null) {
            return Optional.empty();
        }
        Map<String, MediaAsset> assets = assetsUsedBy(id);
        List<Shot> shots = sessions.call(CreationMapper.class, m -> m.shots(id)).stream()
                .map(s -> new Shot(toScript(s), assets.get(s.frameAssetId),
                        assets.get(s.clipAssetId)))
                .toList();
        return Optional.of(new Creation(new CreationId(row.id), new AccountId(row.ownerId),
                row.title, row.prompt, row.createdAt, references(id, assets),
                toPlan(row, shots), shots, assets.get(row.soundtrackAssetId),
                assets.get(row.voiceoverAssetId)));
    }

    private Map<String, MediaAsset> assetsUsedBy(String id) {
        return sessions.call(MediaAssetMapper.class, m -> m.usedByCreation(id)).stream()
                .map(MyBatisMediaAssetRepository::toAsset)
                .collect(Collectors.toMap(a -> a.id().value(), a -> a));
    }

    /** The creation's reference photos, in the order they were added. */
    private List<ReferencePhoto> references(String id, Map<String, MediaAsset> assets) {
        return sessions.call(CreationMapper.class, m -> m.references(id)).stream()
                .filter(r -> assets.containsKey(r.assetId))
                .map(r -> new ReferencePhoto(new ReferenceId(r.id),
                        ReferenceKind.valueOf(r.kind), r.name, assets.get(r.assetId)))
                .toList();
    }

    private static StoryPlan toPlan(CreationRow row, List<Shot> shots) {
        if (row.planTitle == null) {
            return null;
        }
        var brief = new MusicBrief(row.musicMood, row.musicGenre, row.musicTempoBpm,
                row.musicKey, TextList.split(row.musicInstruments));
        return new StoryPlan(row.planTitle, row.planLogline, brief,
                shots.stream().map(Shot::script).toList(),
                new Provenance(row.planProvider, row.planModel, row.planPrompt));
    }

    private static ShotScript toScript(ShotRow row) {
        return new ShotScript(ShotNumber.of(row.number), row.description, row.camera,
                row.durationSeconds, row.narration, TextList.split(row.castNames), row.location);
    }

    private static CreationRow planRow(CreationId id, StoryPlan plan) {
        var row = new CreationRow();
        row.id = id.value();
        row.planTitle = plan.title();
        row.planLogline = plan.logline();
        row.musicMood = plan.musicBrief().mood();
        row.musicGenre = plan.musicBrief().genre();
        row.musicTempoBpm = plan.musicBrief().tempoBpm();
        row.musicKey = plan.musicBrief().key();
        row.musicInstruments = TextList.join(plan.musicBrief().instruments());
        row.planProvider = plan.provenance().provider();
        row.planModel = plan.provenance().model();
        row.planPrompt = plan.provenance().prompt();
        return row;
    }

    private static ShotRow shotRow(CreationId id, ShotScript script) {
        var row = new ShotRow();
        row.creationId = id.value();
        row.number = script.number().value();
        row.description = script.description();
        row.camera = script.camera();
        row.durationSeconds = script.durationSeconds();
        row.narration = script.narration();
        row.castNames = TextList.join(script.cast());
        row.location = script.location();
        return row;
    }
}
