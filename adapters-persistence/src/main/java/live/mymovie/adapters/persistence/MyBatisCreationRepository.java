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
 * Keeps creations across the creations, reference_photos and shots tables, with every text
 * of the person sealed by the owner's data key. Each result is one UPDATE of its own row, so
 * jobs on different shots never overwrite each other.
 */
public final class MyBatisCreationRepository implements CreationRepository {

    private static final String CREATIONS = "creations";
    private static final String SHOTS = "shots";

    private final MyBatisSessions sessions;
    private final DataKeyRing keys;

    MyBatisCreationRepository(MyBatisSessions sessions, DataKeyRing keys) {
        this.sessions = sessions;
        this.keys = keys;
    }

    @Override
    public void insert(Creation creation) {
        AccountFields fields = keys.forWriting(creation.ownerId());
        var row = new CreationRow();
        row.id = creation.id().value();
        row.ownerId = creation.ownerId().value();
        row.title = fields.seal(CREATIONS, "title", creation.title());
        row.prompt = fields.seal(CREATIONS, "prompt", creation.prompt());
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
        sessions.inUnit(() -> {
            AccountFields fields = fieldsOf(id);
            return sessions.call(CreationMapper.class, m -> m.updateTexts(id.value(),
                    fields.seal(CREATIONS, "title", title),
                    fields.seal(CREATIONS, "prompt", prompt)));
        });
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
        row.assetId = reference.photo().id().value();
        sessions.inUnit(() -> {
            row.name = fieldsOf(id).seal("reference_photos", "name", reference.name());
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
        sessions.inUnit(() -> {
            AccountFields fields = fieldsOf(id);
            return sessions.call(CreationMapper.class, m -> {
                m.updatePlan(planRow(id, plan, fields));
                m.deleteShots(id.value());
                plan.shots().forEach(s -> m.insertShot(shotRow(id, s, fields)));
                return null;
            });
        });
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

    private String requireCreation(CreationId id) {
        String owner = sessions.call(CreationMapper.class, m -> m.ownerOf(id.value()));
        if (owner == null) {
            throw new Refusal.NotFound("Creation");
        }
        return owner;
    }

    /** The sealing of the creation's owner; a missing creation is not found. */
    private AccountFields fieldsOf(CreationId id) {
        return keys.forWriting(new AccountId(requireCreation(id)));
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
        AccountFields fields = keys.forReading(new AccountId(row.ownerId));
        Map<String, MediaAsset> assets = assetsUsedBy(id);
        List<Shot> shots = sessions.call(CreationMapper.class, m -> m.shots(id)).stream()
                .map(s -> new Shot(toScript(s, fields), assets.get(s.frameAssetId),
                        assets.get(s.clipAssetId)))
                .toList();
        return Optional.of(new Creation(new CreationId(row.id), new AccountId(row.ownerId),
                fields.open(CREATIONS, "title", row.title),
                fields.open(CREATIONS, "prompt", row.prompt), row.createdAt,
                references(id, assets, fields), toPlan(row, shots, fields), shots,
                assets.get(row.soundtrackAssetId), assets.get(row.voiceoverAssetId)));
    }

    private Map<String, MediaAsset> assetsUsedBy(String id) {
        return MyBatisMediaAssetRepository.toAssets(
                        sessions.call(MediaAssetMapper.class, m -> m.usedByCreation(id)), keys)
                .stream()
                .collect(Collectors.toMap(a -> a.id().value(), a -> a));
    }

    /** The creation's reference photos, in the order they were added. */
    private List<ReferencePhoto> references(String id, Map<String, MediaAsset> assets,
            AccountFields fields) {
        return sessions.call(CreationMapper.class, m -> m.references(id)).stream()
                .filter(r -> assets.containsKey(r.assetId))
                .map(r -> new ReferencePhoto(new ReferenceId(r.id),
                        ReferenceKind.valueOf(r.kind),
                        fields.open("reference_photos", "name", r.name),
                        assets.get(r.assetId)))
                .toList();
    }

    private static StoryPlan toPlan(CreationRow row, List<Shot> shots, AccountFields fields) {
        if (row.planTitle == null) {
            return null;
        }
        var brief = new MusicBrief(fields.open(CREATIONS, "music_mood", row.musicMood),
                fields.open(CREATIONS, "music_genre", row.musicGenre), row.musicTempoBpm,
                fields.open(CREATIONS, "music_key", row.musicKey),
                TextList.split(fields.open(CREATIONS, "music_instruments",
                        row.musicInstruments)));
        return new StoryPlan(fields.open(CREATIONS, "plan_title", row.planTitle),
                fields.open(CREATIONS, "plan_logline", row.planLogline), brief,
                shots.stream().map(Shot::script).toList(),
                new Provenance(row.planProvider, row.planModel,
                        fields.open(CREATIONS, "plan_prompt", row.planPrompt)));
    }

    private static ShotScript toScript(ShotRow row, AccountFields fields) {
        return new ShotScript(ShotNumber.of(row.number),
                fields.open(SHOTS, "description", row.description),
                fields.open(SHOTS, "camera", row.camera), row.durationSeconds,
                fields.open(SHOTS, "narration", row.narration),
                TextList.split(fields.open(SHOTS, "cast_names", row.castNames)),
                fields.open(SHOTS, "location", row.location));
    }

    private static CreationRow planRow(CreationId id, StoryPlan plan, AccountFields fields) {
        var row = new CreationRow();
        row.id = id.value();
        row.planTitle = fields.seal(CREATIONS, "plan_title", plan.title());
        row.planLogline = fields.seal(CREATIONS, "plan_logline", plan.logline());
        row.musicMood = fields.seal(CREATIONS, "music_mood", plan.musicBrief().mood());
        row.musicGenre = fields.seal(CREATIONS, "music_genre", plan.musicBrief().genre());
        row.musicTempoBpm = plan.musicBrief().tempoBpm();
        row.musicKey = fields.seal(CREATIONS, "music_key", plan.musicBrief().key());
        row.musicInstruments = fields.seal(CREATIONS, "music_instruments",
                TextList.join(plan.musicBrief().instruments()));
        row.planProvider = plan.provenance().provider();
        row.planModel = plan.provenance().model();
        row.planPrompt = fields.seal(CREATIONS, "plan_prompt", plan.provenance().prompt());
        return row;
    }

    private static ShotRow shotRow(CreationId id, ShotScript script, AccountFields fields) {
        var row = new ShotRow();
        row.creationId = id.value();
        row.number = script.number().value();
        row.description = fields.seal(SHOTS, "description", script.description());
        row.camera = fields.seal(SHOTS, "camera", script.camera());
        row.durationSeconds = script.durationSeconds();
        row.narration = fields.seal(SHOTS, "narration", script.narration());
        row.castNames = fields.seal(SHOTS, "cast_names", TextList.join(script.cast()));
        row.location = fields.seal(SHOTS, "location", script.location());
        return row;
    }
}
