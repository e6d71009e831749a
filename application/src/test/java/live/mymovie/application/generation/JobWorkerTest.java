package live.mymovie.application.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** The worker: runs each step on the providers, retries, fails with refunds, keeps leases. */
class JobWorkerTest {

    @TempDir
    Path uploads;

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account ada = app.signUp("ada@example.com");

    /** Held so the logger keeps the level set here until it is put back. */
    private final Logger logs = Logger.getLogger("live.mymovie.application");
    private Level levelBefore;

    @BeforeEach
    void quietExpectedFailureLogs() {
        levelBefore = logs.getLevel();
        logs.setLevel(Level.OFF);
    }

    @AfterEach
    void stopSchedulerAndRestoreLogs() {
        app.scheduler.shutdownNow();
        logs.setLevel(levelBefore);
    }

    @Test
    void every_step_runs_end_to_end_and_attaches_its_results_with_provenance() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");

        succeed(request(creation, JobKind.PLAN));
        Creation planned = reload(creation);
        assertEquals(2, planned.shots().size());
        assertEquals(ScriptedProviders.NAME, planned.plan().provenance().provider());

        Job storyboard = succeed(request(creation, JobKind.STORYBOARD));
        assertEquals(100, job(storyboard).progress());
        succeed(request(creation, JobKind.ANIMATION, 1));
        succeed(request(creation, JobKind.SOUNDTRACK));
        succeed(request(creation, JobKind.VOICEOVER));

        Creation done = reload(creation);
        Shot first = done.shots().get(0);
        assertStored(first.frame(), JobKind.STORYBOARD);
        assertStored(done.shots().get(1).frame(), JobKind.STORYBOARD);
        assertStored(first.clip(), JobKind.ANIMATION);
        assertTrue(done.shots().get(1).clipAsset().isEmpty());
        assertStored(done.soundtrack(), JobKind.SOUNDTRACK);
        assertStored(done.voiceover(), JobKind.VOICEOVER);
        assertEquals("Shot 1 of the storm", first.frame().provenance().prompt());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - (2 + 2 * 2 + 5 + 4 + 3),
                app.balance(ada));
        assertTrue(app.audit.checkAllAccounts().isEmpty());
    }

    @Test
    void the_planner_gets_names_only_and_frames_get_the_photos_of_their_cast_and_place()
            throws IOException {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");
        addReference(creation, ReferenceKind.CAST, "Keeper");
        addReference(creation, ReferenceKind.LOCATION, "Lighthouse");
        addReference(creation, ReferenceKind.CAST, "Stranger");

        succeed(request(creation, JobKind.PLAN));
        succeed(request(creation, JobKind.STORYBOARD));

        PlanBrief brief = (PlanBrief) app.providers.calls(JobKind.PLAN).get(0).request();
        assertEquals(3, brief.references().size());
        assertTrue(brief.references().contains(new NamedReference(ReferenceKind.CAST,
                "Keeper")));
        List<FrameRequest> frames = app.providers.calls(JobKind.STORYBOARD).stream()
                .map(c -> (FrameRequest) c.request()).toList();
        assertEquals(List.of("Keeper", "Lighthouse"), names(frames.get(0)));
        assertEquals(List.of("Keeper"), names(frames.get(1)));
        assertEquals(640, frames.get(0).width());
        assertTrue(new String(frames.get(0).references().get(0).bytes(),
                StandardCharsets.UTF_8).startsWith("cleaned:"));
    }

    @Test
    void redoing_the_storyboard_of_one_shot_redraws_that_shot_only() {
        Creation creation = app.creationWithPlan(ada, 3);
        succeed(request(creation, JobKind.STORYBOARD));
        List<MediaAsset> before = reload(creation).shots().stream().map(Shot::frame).toList();
        app.clock.advance(Duration.ofMinutes(1));

        succeed(request(creation, JobKind.STORYBOARD, 2));

        List<MediaAsset> after = reload(creation).shots().stream().map(Shot::frame).toList();
        assertEquals(before.get(0), after.get(0));
        assertFalse(before.get(1).equals(after.get(1)));
        assertEquals(before.get(2), after.get(2));
        assertEquals(4, app.providers.calls(JobKind.STORYBOARD).size());
    }

    @Test
    void a_redrawn_frame_paid_after_the_first_finished_is_drawn_again() {
        Creation creation = app.creationWithPlan(ada, 1);
        app.generation.request(request(creation, JobKind.STORYBOARD, 1));
        assertEquals(1, app.runDueJobs());
        app.generation.request(request(creation, JobKind.STORYBOARD, 1));

        assertEquals(1, app.runDueJobs());

        assertEquals(2, app.providers.calls(JobKind.STORYBOARD).size());
    }

    @Test
    void a_transient_failure_is_retried_no_earlier_than_retry_after_and_not_charged_again() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");
        app.providers.failNext(JobKind.PLAN,
                ProviderFailure.transientFailure("overloaded", Duration.ofMinutes(10)));
        Job job = app.generation.request(request(creation, JobKind.PLAN));
        Instant start = app.clock.instant();

        assertTrue(app.worker.runNextJob());

        Job waiting = job(job);
        assertEquals(JobStatus.QUEUED, waiting.status());
        assertEquals(1, waiting.attempts());
        assertFalse(waiting.nextAttemptAt().isBefore(start.plus(Duration.ofMinutes(10))));
        assertEquals("The provider is busy; the step will be tried again.", waiting.error());
        app.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertFalse(app.worker.runNextJob());

        app.clock.set(waiting.nextAttemptAt());
        assertTrue(app.worker.runNextJob());

        Job done = job(job);
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(2, done.attempts());
        assertEquals(List.of(LedgerEntryKind.CHARGE), kinds(job));
        assertTrue(reload(creation).storyPlan().isPresent());
    }

    @Test
    void a_transient_failure_without_retry_after_waits_the_first_backoff_with_jitter() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");
        app.providers.failNext(JobKind.PLAN, ProviderFailure.transientFailure("timeout", null));
        Job job = app.generation.request(request(creation, JobKind.PLAN));
        Instant start = app.clock.instant();

        app.worker.runNextJob();

        Duration wait = Duration.between(start, job(job).nextAttemptAt());
        Duration first = app.jobSettings.firstRetryDelay();
        assertFalse(wait.compareTo(first) < 0);
        assertFalse(wait.compareTo(first.multipliedBy(3).dividedBy(2)) > 0);
    }

    @Test
    void the_backoff_doubles_up_to_the_maximum_and_never_undercuts_retry_after() {
        JobWorker worker = app.worker;
        Duration max = app.jobSettings.maxRetryDelay();

        for (int attempts = 1; attempts < 30; attempts++) {
            long exponential = app.jobSettings.firstRetryDelay().toMillis()
                    << Math.min(20, attempts - 1);
            long expected = Math.min(max.toMillis(), exponential);
            long backoff = worker.backoff(attempts, null).toMillis();
            assertTrue(backoff >= expected && backoff <= expected * 3 / 2, "at " + attempts);
        }
        assertEquals(Duration.ofHours(1), worker.backoff(1, Duration.ofHours(1)));
    }

    static List<ProviderFailure> permanentFailures() {
        return ScriptedProviders.permanentFailures();
    }

    @ParameterizedTest
    @MethodSource("permanentFailures")
    void a_permanent_failure_fails_the_job_at_once_and_refunds_it_once(
            ProviderFailure failure) {
        Creation creation = app.creationWithPlan(ada, 2);
        app.providers.failNext(JobKind.SOUNDTRACK, failure);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));

        assertTrue(app.worker.runNextJob());

        Job failed = job(job);
        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals(failure.personMessage(), failed.error());
        assertFalse(app.outcomes.failAndRefund(failed, "again"));
        assertFalse(app.worker.runNextJob());
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND), kinds(job));
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
        assertEquals(List.of(job.id()), app.admin.failedJobs(app.signUpAdmin().id()).stream()
                .map(Job::id).toList());
    }

    @Test
    void running_out_of_attempts_fails_the_job_and_refunds_it_once() {
        Creation creation = app.creationWithPlan(ada, 2);
        for (int i = 0; i < app.jobSettings.maxAttempts(); i++) {
            app.providers.failNext(JobKind.VOICEOVER,
                    ProviderFailure.transientFailure("busy", null));
        }
        Job job = app.generation.request(request(creation, JobKind.VOICEOVER));

        int runs = 0;
        while (!job(job).status().isFinal()) {
            assertTrue(app.worker.runNextJob());
            runs++;
            app.clock.advance(app.jobSettings.maxRetryDelay().multipliedBy(2));
        }

        assertEquals(app.jobSettings.maxAttempts(), runs);
        assertEquals(JobStatus.FAILED, job(job).status());
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND), kinds(job));
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
        assertTrue(reload(creation).voiceoverAsset().isEmpty());
    }

    @Test
    void an_unexpected_error_is_retried_and_then_fails_with_a_message_for_the_person() {
        Creation creation = app.creationWithPlan(ada, 2);
        for (int i = 0; i < app.jobSettings.maxAttempts(); i++) {
            app.providers.then(JobKind.SOUNDTRACK, call -> {
                throw new IllegalStateException("bug in an adapter");
            });
        }
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));

        while (app.worker.runNextJob()) {
            app.clock.advance(app.jobSettings.maxRetryDelay().multipliedBy(2));
        }

        assertEquals(JobStatus.FAILED, job(job).status());
        assertEquals(JobWorker.UNEXPECTED, job(job).error());
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND), kinds(job));
    }

    @Test
    void a_step_whose_input_vanished_fails_and_refunds() {
        Creation creation = app.withFrame(app.creationWithPlan(ada, 1), 1);
        Job job = app.generation.request(request(creation, JobKind.ANIMATION, 1));
        app.stores.creations().savePlan(creation.id(),
                TestData.storyPlan(1));

        app.worker.runNextJob();

        assertEquals(JobStatus.FAILED, job(job).status());
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND), kinds(job));
    }

    @Test
    void a_job_cancelled_while_the_provider_works_is_not_finished_as_succeeded() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");
        Job job = app.generation.request(request(creation, JobKind.PLAN));
        app.providers.then(JobKind.PLAN, call -> {
            app.generation.cancel(ada.id(), job.id());
            return null;
        });

        assertTrue(app.worker.runNextJob());

        assertEquals(JobStatus.CANCELED, job(job).status());
        assertTrue(reload(creation).storyPlan().isEmpty());
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND), kinds(job));
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
    }

    @Test
    void an_animation_cancelled_a_moment_before_it_is_done_attaches_no_clip() {
        Creation creation = app.creationWithPlan(ada, 1);
        app.generation.request(request(creation, JobKind.STORYBOARD, 1));
        app.runDueJobs();
        Job job = app.generation.request(request(creation, JobKind.ANIMATION, 1));
        app.providers.then(JobKind.ANIMATION, call -> {
            call.isCanceled();
            app.generation.cancel(ada.id(), job.id());
            return null;
        });

        assertTrue(app.worker.runNextJob());

        assertEquals(JobStatus.CANCELED, job(job).status());
        assertTrue(reload(creation).shots().get(0).clipAsset().isEmpty());
        assertEquals(app.stores.assets().listByOwner(ada.id()).size(),
                app.files.count(ada.id()), "no file without its record");
    }

    @Test
    void a_clip_whose_creation_was_deleted_meanwhile_leaves_no_file_behind() {
        Creation creation = app.creationWithPlan(ada, 1);
        app.generation.request(request(creation, JobKind.STORYBOARD, 1));
        app.runDueJobs();
        app.generation.request(request(creation, JobKind.ANIMATION, 1));
        app.providers.then(JobKind.ANIMATION, call -> {
            app.creations.delete(ada.id(), creation.id());
            return null;
        });

        assertTrue(app.worker.runNextJob());

        assertEquals(0, app.files.count(ada.id()));
        assertTrue(app.stores.assets().listByOwner(ada.id()).isEmpty());
    }

    @Test
    void a_cancelled_storyboard_stops_before_the_next_shot() {
        Creation creation = app.creationWithPlan(ada, 3);
        Job job = app.generation.request(request(creation, JobKind.STORYBOARD));
        app.providers.then(JobKind.STORYBOARD, call -> {
            app.generation.cancel(ada.id(), job.id());
            return null;
        });

        app.worker.runNextJob();

        assertEquals(JobStatus.CANCELED, job(job).status());
        assertEquals(1, app.providers.calls(JobKind.STORYBOARD).size());
        assertTrue(reload(creation).shots().stream().allMatch(s -> s.frameAsset().isEmpty()));
    }

    @Test
    void a_resumed_job_hands_the_stored_provider_task_to_the_provider() {
        Creation creation = app.withFrame(app.creationWithPlan(ada, 1), 1);
        app.providers.then(JobKind.ANIMATION, call -> {
            call.taskStarted("video-task-7");
            throw ProviderFailure.transientFailure("still rendering", null);
        });
        Job job = app.generation.request(request(creation, JobKind.ANIMATION, 1));

        app.worker.runNextJob();
        assertEquals(Optional.of("video-task-7"), job(job).providerTask());
        app.clock.advance(Duration.ofMinutes(10));
        app.worker.runNextJob();

        List<ScriptedProviders.Call> calls = app.providers.calls(JobKind.ANIMATION);
        assertEquals(Optional.empty(), calls.get(0).resumeTaskId());
        assertEquals(Optional.of("video-task-7"), calls.get(1).resumeTaskId());
        assertEquals(JobStatus.SUCCEEDED, job(job).status());
    }

    @Test
    void a_resumed_storyboard_resumes_the_task_of_the_shot_it_was_drawing() {
        Creation creation = app.creationWithPlan(ada, 3);
        app.providers.then(JobKind.STORYBOARD, call -> {
            call.taskStarted("frame-task-1");
            return null;
        });
        app.providers.then(JobKind.STORYBOARD, call -> {
            call.taskStarted("frame-task-2");
            throw ProviderFailure.transientFailure("queue full", null);
        });
        Job job = app.generation.request(request(creation, JobKind.STORYBOARD));

        app.worker.runNextJob();
        app.clock.advance(Duration.ofMinutes(10));
        app.worker.runNextJob();

        List<Optional<String>> resumed = app.providers.calls(JobKind.STORYBOARD).stream()
                .map(ScriptedProviders.Call::resumeTaskId).toList();
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of("frame-task-2"),
                Optional.empty()), resumed);
        assertEquals(JobStatus.SUCCEEDED, job(job).status());
        assertTrue(reload(creation).shots().stream().allMatch(s -> s.frameAsset()
                .isPresent()));
        assertEquals(List.of(LedgerEntryKind.CHARGE), kinds(job));
    }

    @Test
    void renewing_the_lease_keeps_the_job_from_other_workers() {
        Creation creation = app.creationWithPlan(ada, 1);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));
        JobWorker other = app.worker("worker-2");
        boolean[] otherClaimed = new boolean[2];
        app.providers.then(JobKind.SOUNDTRACK, call -> {
            for (int i = 0; i < otherClaimed.length; i++) {
                app.clock.advance(app.jobSettings.lease().multipliedBy(2).dividedBy(3));
                app.scheduler.runRepeatingTasks();
                otherClaimed[i] = other.runNextJob();
            }
            return null;
        });

        app.worker.runNextJob();

        assertArrayEquals(new boolean[] {false, false}, otherClaimed);
        assertEquals(JobStatus.SUCCEEDED, job(job).status());
        assertEquals(1, job(job).attempts());
        assertEquals(1, app.providers.calls(JobKind.SOUNDTRACK).size());
    }

    @Test
    void a_job_whose_lease_expired_is_claimed_by_another_worker_and_finished_once() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");
        Job job = app.generation.request(request(creation, JobKind.PLAN));
        JobWorker other = app.worker("worker-2");
        boolean[] otherClaimed = new boolean[1];
        app.providers.then(JobKind.PLAN, call -> {
            app.clock.advance(app.jobSettings.lease().plusSeconds(1));
            otherClaimed[0] = other.runNextJob();
            app.scheduler.runRepeatingTasks();
            return null;
        });

        app.worker.runNextJob();

        assertTrue(otherClaimed[0]);
        Job done = job(job);
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(2, done.attempts());
        assertEquals(2, app.providers.calls(JobKind.PLAN).size());
        assertEquals(List.of(LedgerEntryKind.CHARGE), kinds(job));
        assertTrue(reload(creation).storyPlan().isPresent());
    }

    @Test
    void a_worker_that_lost_its_lease_leaves_a_failure_to_the_worker_now_holding_the_job() {
        Creation creation = app.creationWithPlan(ada, 1);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));
        app.providers.then(JobKind.SOUNDTRACK, call -> {
            takeOverAfterLeaseExpired(job);
            throw ProviderFailure.transientFailure("timeout", null);
        });

        app.worker.runNextJob();

        assertHeldByOtherWorker(job);
    }

    @Test
    void a_worker_that_lost_its_lease_does_not_fail_and_refund_the_job() {
        Creation creation = app.creationWithPlan(ada, 1);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));
        app.providers.then(JobKind.SOUNDTRACK, call -> {
            takeOverAfterLeaseExpired(job);
            throw ProviderFailure.rejected("Refused.");
        });

        app.worker.runNextJob();

        assertHeldByOtherWorker(job);
        assertEquals(List.of(LedgerEntryKind.CHARGE), kinds(job));
    }

    @Test
    void a_worker_whose_lease_was_taken_before_it_renewed_does_not_finish_the_job() {
        Creation creation = app.creationWithPlan(ada, 1);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK));
        app.providers.then(JobKind.SOUNDTRACK, call -> {
            app.clock.advance(app.jobSettings.lease().plusSeconds(1));
            app.stores.jobs().claimNext("worker-2", app.clock.instant(),
                    app.clock.instant().plus(app.jobSettings.lease()));
            return null;
        });

        app.worker.runNextJob();

        assertHeldByOtherWorker(job);
    }

    private void takeOverAfterLeaseExpired(Job job) {
        app.clock.advance(app.jobSettings.lease().plusSeconds(1));
        assertEquals(job.id(), app.stores.jobs().claimNext("worker-2", app.clock.instant(),
                app.clock.instant().plus(app.jobSettings.lease())).orElseThrow().id());
        app.scheduler.runRepeatingTasks();
    }

    private void assertHeldByOtherWorker(Job job) {
        Job now = job(job);
        assertEquals(JobStatus.RUNNING, now.status());
        assertEquals("worker-2", now.leaseOwner());
        assertEquals(2, now.attempts());
    }

    @Test
    void no_job_due_means_nothing_runs() {
        assertFalse(app.worker.runNextJob());
    }

    private Job succeed(JobRequest request) {
        Job job = app.generation.request(request);
        assertTrue(app.worker.runNextJob());
        assertEquals(JobStatus.SUCCEEDED, job(job).status(), () -> String.valueOf(job(job)));
        return job;
    }

    private void assertStored(MediaAsset asset, JobKind kind) {
        assertEquals(ScriptedProviders.NAME, asset.provenance().provider());
        assertEquals(ada.id(), asset.ownerId());
        assertArrayEquals(ScriptedProviders.defaultBytes(kind), read(asset));
        assertTrue(asset.providerUrlExpiry().isPresent());
    }

    private byte[] read(MediaAsset asset) {
        try (InputStream in = app.creations.open(ada.id(), asset.id())) {
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new AssertionError(failure);
        }
    }

    private void addReference(Creation creation, ReferenceKind kind, String name)
            throws IOException {
        Path photo = Files.write(Files.createTempFile(uploads, "photo", ".jpg"),
                name.getBytes(StandardCharsets.UTF_8));
        app.creations.addReference(new AddReferenceCommand(ada.id(), creation.id(), kind, name,
                photo));
    }

    private static List<String> names(FrameRequest frame) {
        return frame.references().stream().map(ReferenceImage::name).toList();
    }

    private Job job(Job job) {
        return app.stores.jobs().findById(job.id()).orElseThrow();
    }

    private Creation reload(Creation creation) {
        return app.stores.creations().findById(creation.id()).orElseThrow();
    }

    private List<LedgerEntryKind> kinds(Job job) {
        return app.stores.ledger().entriesOfJob(job.id()).stream().map(LedgerEntry::kind)
                .toList();
    }

    private static JobRequest request(Creation creation, JobKind kind, int... shots) {
        return new JobRequest(creation.ownerId(), creation.id(), kind,
                IntStream.of(shots).mapToObj(ShotNumber::of).toList(), null);
    }
}
