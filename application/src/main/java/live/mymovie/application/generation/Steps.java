package live.mymovie.application.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import live.mymovie.application.creation.MediaKeeper;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.MusicComposer.MusicRequest;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VideoGenerator.ClipRequest;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationRequest;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.Job;

/** The five pipeline steps, each turning a provider's answer into stored results. */
final class Steps {

    private final CreationRepository creations;
    private final MediaKeeper keeper;
    private final Providers providers;
    private final JobSettings settings;

    Steps(CreationRepository creations, MediaKeeper keeper, Providers providers,
            JobSettings settings) {
        this.creations = creations;
        this.keeper = keeper;
        this.providers = providers;
        this.settings = settings;
    }

    Step of(live.mymovie.domain.job.JobKind kind) {
        return switch (kind) {
            case PLAN -> this::plan;
            case STORYBOARD -> this::storyboard;
            case ANIMATION -> this::animation;
            case SOUNDTRACK -> this::soundtrack;
            case VOICEOVER -> this::voiceover;
        };
    }

    private void plan(Job job, JobCall call) {
        Creation creation = load(job);
        List<NamedReference> names = creation.references().stream()
                .map(r -> new NamedReference(r.kind(), r.name()))
                .toList();
        PlanBrief brief = new PlanBrief(creation.title(), creation.prompt(), names);

        StoryPlan plan = providers.planner().plan(brief, call);
        if (call.isStillWanted()) {
            creations.savePlan(creation.id(), plan);
        }
    }

    private void storyboard(Job job, JobCall call) {
        Creation creation = load(job);
        StoryPlan plan = requirePlan(creation);
        List<ShotNumber> shots = job.shots();
        // Each photo is read once per job, however many shots show it.
        Map<ReferenceId, ReferenceImage> photos = new HashMap<>();
        for (int i = 0; i < shots.size() && !call.isCanceled(); i++) {
            Shot shot = creation.shot(shots.get(i));
            if (!drawnByThisJob(shot, job)) {
                drawFrame(job, creation, plan, shot, photos, call.forShot(
                        shot.number().value(), i, shots.size()));
            }
        }
    }

    /**
     * On a retry, a frame made after the job was queued was made by an earlier attempt of
     * this job. A first attempt draws every shot: another job queued just before it may have
     * drawn one meanwhile, and this job was paid for its own frame.
     */
    private static boolean drawnByThisJob(Shot shot, Job job) {
        return job.attempts() > 1
                && shot.frameAsset().filter(f -> !f.createdAt().isBefore(job.createdAt()))
                        .isPresent();
    }

    private void drawFrame(Job job, Creation creation, StoryPlan plan, Shot shot,
            Map<ReferenceId, ReferenceImage> photos, JobCall call) {
        ShotScript script = shot.script();
        FrameRequest request = new FrameRequest(plan.title(), script,
                referencesOf(creation, script, photos), settings.frameWidth(),
                settings.frameHeight());

        GeneratedFile frame = providers.images().drawFrame(request, call);
        attach(job, call, frame, asset -> creations.attachFrame(creation.id(), shot.number(),
                asset));
        call.progress(100);
    }

    private List<ReferenceImage> referencesOf(Creation creation, ShotScript script,
            Map<ReferenceId, ReferenceImage> photos) {
        List<String> names = new ArrayList<>(script.cast());
        script.locationName().ifPresent(names::add);
        return creation.referencesNamed(names).stream()
                .map(r -> photos.computeIfAbsent(r.id(), id -> image(r)))
                .toList();
    }

    private ReferenceImage image(ReferencePhoto reference) {
        return new ReferenceImage(reference.kind(), reference.name(),
                reference.photo().contentType(), keeper.read(reference.photo()));
    }

    private void animation(Job job, JobCall call) {
        Creation creation = load(job);
        Shot shot = creation.shot(job.shot());
        MediaAsset frame = shot.frameAsset().orElseThrow(() -> new Refusal.MissingInput(
                "Shot " + shot.number() + " has no storyboard frame any more."));
        ReferenceImage frameImage = new ReferenceImage(null, "frame", frame.contentType(),
                keeper.read(frame));
        int seconds = Math.max(2, Math.min(10, shot.script().durationSeconds()));

        GeneratedFile clip = providers.videos().animate(
                new ClipRequest(shot.script(), frameImage, seconds), call);
        attach(job, call, clip, asset -> creations.attachClip(creation.id(), shot.number(),
                asset));
    }

    private void soundtrack(Job job, JobCall call) {
        Creation creation = load(job);
        StoryPlan plan = requirePlan(creation);
        MusicRequest request = new MusicRequest(plan.title(), plan.musicBrief(),
                plan.totalSeconds());

        GeneratedFile track = providers.music().compose(request, call);
        attach(job, call, track, asset -> creations.attachSoundtrack(creation.id(), asset));
    }

    private void voiceover(Job job, JobCall call) {
        Creation creation = load(job);
        requirePlan(creation);
        List<NarrationLine> lines = creation.shots().stream()
                .map(Shot::script)
                .map(s -> new NarrationLine(s.number().value(), s.narration(),
                        s.durationSeconds()))
                .toList();

        GeneratedFile track = providers.voices().narrate(new NarrationRequest(lines), call);
        attach(job, call, track, asset -> creations.attachVoiceover(creation.id(), asset));
    }

    /**
     * Keeps the file and attaches it, unless the job was cancelled meanwhile (asked of the
     * database right now, as the person may have cancelled a moment ago). A file that
     * cannot be attached, say because its creation was deleted, is not left behind.
     */
    private void attach(Job job, JobCall call, GeneratedFile file,
            java.util.function.Consumer<MediaAsset> attachTo) {
        if (!call.isStillWanted()) {
            return;
        }
        MediaAsset asset = keeper.keep(job.accountId(), job.creationId(), file.bytes(),
                file.contentType(), file.provenance(), file.providerUrlExpiresAt());
        try {
            attachTo.accept(asset);
        } catch (RuntimeException failure) {
            keeper.discard(asset);
            throw failure;
        }
    }

    private Creation load(Job job) {
        return creations.findById(job.creationId())
                .orElseThrow(() -> new Refusal.NotFound("Creation"));
    }

    private static StoryPlan requirePlan(Creation creation) {
        return creation.storyPlan().orElseThrow(() -> new Refusal.MissingInput(
                "The creation has no story plan any more."));
    }
}
