package live.mymovie.application.generation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.JobKind;

/**
 * Every provider port at once, answering from a script: by default a small plan and files
 * whose bytes name what they are; a test queues failures or hooks for the next calls.
 */
public final class ScriptedProviders implements StoryPlanner, ImageGenerator, VideoGenerator,
        MusicComposer, VoiceSynthesizer {

    public static final String NAME = "scripted";

    /** What one call answers: a plan or a file, a thrown failure, or null for the default. */
    @FunctionalInterface
    public interface Answer extends Function<ProviderCall, Object> {
    }

    /** One call as a provider saw it. */
    public record Call(JobKind kind, Object request, Optional<String> resumeTaskId) {
    }

    private final Map<JobKind, Deque<Answer>> scripts = new EnumMap<>(JobKind.class);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> stoppedTasks = new CopyOnWriteArrayList<>();
    private volatile int planShots = 2;
    private volatile Answer otherwise = call -> null;
    private volatile boolean refuseToStop;

    public Providers providers() {
        return new Providers(this, this, this, this, this);
    }

    /** The shot count of the plans answered by default. */
    public ScriptedProviders planningShots(int shots) {
        planShots = shots;
        return this;
    }

    /** Queues the answer of the next call of this kind that nothing else was queued for. */
    public synchronized ScriptedProviders then(JobKind kind, Answer answer) {
        scripts.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    /** Sets the answer of every call nothing was queued for; null answers the default. */
    public ScriptedProviders otherwise(Answer answer) {
        otherwise = answer;
        return this;
    }

    public ScriptedProviders failNext(JobKind kind, ProviderFailure failure) {
        return then(kind, call -> {
            throw failure;
        });
    }

    public List<Call> calls(JobKind kind) {
        return calls.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Makes every request to stop a task fail, as an unreachable provider would. */
    public ScriptedProviders refusingToStopTasks() {
        refuseToStop = true;
        return this;
    }

    public List<String> stoppedTasks() {
        return List.copyOf(stoppedTasks);
    }

    /** The bytes the scripted providers make by default for a step. */
    public static byte[] defaultBytes(JobKind kind) {
        return ("made by " + NAME + " for the " + kind.label()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StoryPlan plan(PlanBrief brief, ProviderCall call) {
        return (StoryPlan) answer(JobKind.PLAN, brief, call, () -> {
            StoryPlan sample = TestData.storyPlan(planShots);
            return new StoryPlan(sample.title(), sample.logline(), sample.musicBrief(),
                    sample.shots(), new Provenance(NAME, "planner-1", brief.prompt()));
        });
    }

    @Override
    public GeneratedFile drawFrame(FrameRequest request, ProviderCall call) {
        return (GeneratedFile) answer(JobKind.STORYBOARD, request, call,
                () -> file(JobKind.STORYBOARD, "image/png", request.shot().description()));
    }

    @Override
    public GeneratedFile animate(ClipRequest request, ProviderCall call) {
        return (GeneratedFile) answer(JobKind.ANIMATION, request, call,
                () -> file(JobKind.ANIMATION, "video/mp4", request.shot().description()));
    }

    @Override
    public void cancelTask(String providerTaskId) {
        if (refuseToStop) {
            throw ProviderFailure.transientFailure("unreachable", null);
        }
        stoppedTasks.add(providerTaskId);
    }

    @Override
    public GeneratedFile compose(MusicRequest request, ProviderCall call) {
        return (GeneratedFile) answer(JobKind.SOUNDTRACK, request, call,
                () -> file(JobKind.SOUNDTRACK, "audio/wav", request.brief().mood()));
    }

    @Override
    public GeneratedFile narrate(NarrationRequest request, ProviderCall call) {
        return (GeneratedFile) answer(JobKind.VOICEOVER, request, call,
                () -> file(JobKind.VOICEOVER, "audio/wav", "narration"));
    }

    /** A file of the default bytes, with this provider's name and the prompt it was given. */
    public static GeneratedFile file(JobKind kind, String contentType, String prompt) {
        return new GeneratedFile(defaultBytes(kind), contentType,
                new Provenance(NAME, kind.name().toLowerCase() + "-1", prompt),
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    private Object answer(JobKind kind, Object request, ProviderCall call,
            Supplier<Object> byDefault) {
        calls.add(new Call(kind, request, call.resumeTaskId()));
        Answer scripted = next(kind);
        Object answered = (scripted == null ? otherwise : scripted).apply(call);
        return answered == null ? byDefault.get() : answered;
    }

    private synchronized Answer next(JobKind kind) {
        Deque<Answer> queue = scripts.get(kind);
        return queue == null ? null : queue.poll();
    }

    /** Failures of every kind a provider reports, for tables of cases. */
    public static List<ProviderFailure> permanentFailures() {
        List<ProviderFailure> failures = new ArrayList<>();
        for (ProviderFailure.Kind kind : ProviderFailure.Kind.values()) {
            if (kind != ProviderFailure.Kind.TRANSIENT) {
                failures.add(new ProviderFailure(kind, "Message for the person: " + kind,
                        "operator detail " + kind, null, "request-" + kind));
            }
        }
        return failures;
    }
}
