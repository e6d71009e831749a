package live.mymovie.application.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.Concurrently;
import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;
import live.mymovie.domain.ledger.LedgerLine;

/** Paying for a step: the charge and the job together, inputs, idempotency and cancels. */
class GenerationServiceTest {

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account ada = app.signUp("ada@example.com");

    @Test
    void a_request_charges_the_price_and_queues_the_job_together() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");

        Job job = app.generation.request(request(creation, JobKind.PLAN, null));

        assertEquals(JobStatus.QUEUED, job.status());
        assertEquals(Credits.of(2), job.cost());
        assertEquals(job, app.generation.show(ada.id(), job.id()));
        List<LedgerEntry> ofJob = app.stores.ledger().entriesOfJob(job.id());
        assertEquals(1, ofJob.size());
        assertEquals(LedgerEntryKind.CHARGE, ofJob.get(0).kind());
        assertEquals(Credits.of(2), ofJob.get(0).amount());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - 2, app.balance(ada));
        assertEquals(List.of(job.id()), app.generation.jobsOf(ada.id(), creation.id())
                .stream().map(Job::id).toList());
    }

    @Test
    void a_storyboard_of_the_whole_plan_is_charged_per_shot() {
        Creation creation = app.creationWithPlan(ada, 3);

        Job job = app.generation.request(request(creation, JobKind.STORYBOARD, null));

        assertEquals(List.of(ShotNumber.of(1), ShotNumber.of(2), ShotNumber.of(3)),
                job.shots());
        assertEquals(Credits.of(3 * 2), job.cost());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - 6, app.balance(ada));
    }

    @Test
    void a_storyboard_of_chosen_shots_is_charged_for_those_shots_only() {
        Creation creation = app.creationWithPlan(ada, 3);

        Job job = app.generation.request(request(creation, JobKind.STORYBOARD, null, 3, 1));

        assertEquals(List.of(ShotNumber.of(1), ShotNumber.of(3)), job.shots());
        assertEquals(Credits.of(4), job.cost());
    }

    @Test
    void a_storyboard_before_a_plan_is_missing_input_and_charges_nothing() {
        Creation creation = app.creations.create(ada.id(), "Keeper", "A keeper and a storm");

        assertMissingInput(request(creation, JobKind.STORYBOARD, null));
        assertMissingInput(request(creation, JobKind.SOUNDTRACK, null));
    }

    @Test
    void an_animation_before_its_frame_is_missing_input_and_charges_nothing() {
        Creation creation = app.creationWithPlan(ada, 2);
        app.withFrame(creation, 2);

        assertMissingInput(request(creation, JobKind.ANIMATION, null, 1));
        assertMissingInput(request(creation, JobKind.ANIMATION, null, 7));
    }

    @Test
    void a_voiceover_without_narration_is_missing_input_and_charges_nothing() {
        Creation creation = app.creations.create(ada.id(), "Silent", "A silent film");
        StoryPlan sample = TestData.storyPlan(1);
        ShotScript quiet = new ShotScript(ShotNumber.of(1), "A quiet sea", "still", 4, " ",
                List.of(), null);
        app.stores.creations().savePlan(creation.id(), new StoryPlan(sample.title(),
                sample.logline(), sample.musicBrief(), List.of(quiet), sample.provenance()));

        assertMissingInput(request(creation, JobKind.VOICEOVER, null));
    }

    @Test
    void an_animation_is_for_exactly_one_shot() {
        Creation creation = app.withFrame(app.withFrame(app.creationWithPlan(ada, 2), 1), 2);

        assertThrows(Refusal.InvalidInput.class,
                () -> app.generation.request(request(creation, JobKind.ANIMATION, null, 1, 2)));

        Job job = app.generation.request(request(creation, JobKind.ANIMATION, null, 2));
        assertEquals(Credits.of(5), job.cost());
    }

    @Test
    void too_few_credits_charge_nothing_and_leave_no_job() {
        Account poor = TestData.account();
        app.stores.accounts().insert(poor);
        app.stores.ledger().grant(LedgerLine.grant(poor.id(), Credits.of(3), "A little"));
        Creation creation = app.creationWithPlan(poor, 2);

        var refusal = assertThrows(Refusal.InsufficientCredits.class,
                () -> app.generation.request(request(creation, JobKind.STORYBOARD, "k-1")));

        assertEquals(3, refusal.balance());
        assertEquals(4, refusal.price());
        assertEquals(3, app.stores.ledger().balance(poor.id()).amount());
        assertTrue(app.stores.jobs().listByAccount(poor.id()).isEmpty());
        assertTrue(app.stores.jobs().findByIdempotencyKey(poor.id(), "k-1").isEmpty());
    }

    @Test
    void the_same_idempotency_key_answers_the_same_job_and_charges_once() {
        Creation creation = app.creationWithPlan(ada, 2);

        Job first = app.generation.request(request(creation, JobKind.STORYBOARD, "key-1"));
        Job again = app.generation.request(request(creation, JobKind.STORYBOARD, " key-1 "));

        assertEquals(first.id(), again.id());
        assertEquals(1, app.stores.ledger().entriesOfJob(first.id()).size());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - 4, app.balance(ada));
        assertEquals(1, app.stores.jobs().listByAccount(ada.id()).size());
    }

    @Test
    void racing_requests_under_one_idempotency_key_make_one_job_and_one_charge()
            throws Exception {
        Creation creation = app.creationWithPlan(ada, 2);

        List<JobId> answered = Concurrently.call(16, 8, i -> app.generation.request(
                request(creation, JobKind.STORYBOARD, "double-click")).id());

        assertEquals(1, answered.stream().distinct().count());
        assertEquals(1, app.stores.jobs().listByAccount(ada.id()).size());
        assertEquals(1, app.stores.ledger().entriesOfJob(answered.get(0)).size());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - 4, app.balance(ada));
    }

    @Test
    void the_same_idempotency_key_for_a_different_request_is_invalid() {
        Creation creation = app.creationWithPlan(ada, 2);
        app.generation.request(request(creation, JobKind.STORYBOARD, "key-1", 1));

        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.generation.request(
                request(creation, JobKind.STORYBOARD, "key-1", 2)));
        assertThrows(Refusal.InvalidInput.class, () -> app.generation.request(
                request(creation, JobKind.SOUNDTRACK, "key-1")));

        assertEquals("Idempotency-Key", refusal.errors().get(0).field());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS - 2, app.balance(ada));
    }

    @Test
    void cancelling_refunds_once_and_a_second_cancel_is_a_conflict() {
        Creation creation = app.creationWithPlan(ada, 2);
        Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK, null));

        Job cancelled = app.generation.cancel(ada.id(), job.id());

        assertEquals(JobStatus.CANCELED, cancelled.status());
        assertThrows(Refusal.Conflict.class, () -> app.generation.cancel(ada.id(), job.id()));
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND),
                app.stores.ledger().entriesOfJob(job.id()).stream().map(LedgerEntry::kind)
                        .toList());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
    }

    @Test
    void cancels_racing_each_other_and_a_failing_worker_refund_exactly_once()
            throws Exception {
        Creation creation = app.creationWithPlan(ada, 2);
        for (int round = 0; round < 20; round++) {
            app.providers.failNext(JobKind.SOUNDTRACK, ProviderFailure.rejected("No."));
            Job job = app.generation.request(request(creation, JobKind.SOUNDTRACK, null));

            List<Boolean> cancelled = Concurrently.call(3, 3, i -> i == 0
                    ? failInWorker() : tryCancel(job));

            assertTrue(cancelled.stream().filter(c -> c).count() <= 1);
            assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND),
                    app.stores.ledger().entriesOfJob(job.id()).stream()
                            .map(LedgerEntry::kind).toList());
        }
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
        app.scheduler.shutdownNow();
    }

    /** Runs the job into its failure; answers that it cancelled nothing. */
    private boolean failInWorker() {
        app.worker.runNextJob();
        return false;
    }

    private boolean tryCancel(Job job) {
        try {
            app.generation.cancel(ada.id(), job.id());
            return true;
        } catch (Refusal.Conflict finished) {
            return false;
        }
    }

    @Test
    void cancelling_an_animation_asks_the_provider_to_stop_its_task() {
        Creation creation = app.withFrame(app.creationWithPlan(ada, 1), 1);
        Job job = app.generation.request(request(creation, JobKind.ANIMATION, null, 1));
        app.stores.jobs().recordProviderTask(job.id(), "video-task-9");

        app.generation.cancel(ada.id(), job.id());

        assertEquals(List.of("video-task-9"), app.providers.stoppedTasks());
    }

    @Test
    void a_provider_that_cannot_stop_its_task_does_not_stop_the_cancel() {
        Creation creation = app.withFrame(app.creationWithPlan(ada, 1), 1);
        Job job = app.generation.request(request(creation, JobKind.ANIMATION, null, 1));
        app.stores.jobs().recordProviderTask(job.id(), "video-task-9");
        app.providers.refusingToStopTasks();

        Job cancelled = app.generation.cancel(ada.id(), job.id());

        assertEquals(JobStatus.CANCELED, cancelled.status());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
    }

    @Test
    void another_persons_creation_and_jobs_are_not_found() {
        Account bob = app.signUp("bob@example.com");
        Creation creation = app.creationWithPlan(ada, 1);
        Job job = app.generation.request(request(creation, JobKind.PLAN, null));

        assertThrows(Refusal.NotFound.class, () -> app.generation.request(
                new JobRequest(bob.id(), creation.id(), JobKind.PLAN, List.of(), null)));
        assertThrows(Refusal.NotFound.class, () -> app.generation.show(bob.id(), job.id()));
        assertThrows(Refusal.NotFound.class, () -> app.generation.cancel(bob.id(), job.id()));
        assertThrows(Refusal.NotFound.class,
                () -> app.generation.jobsOf(bob.id(), creation.id()));
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(bob));
        assertEquals(JobStatus.QUEUED, app.generation.show(ada.id(), job.id()).status());
    }

    @Test
    void more_active_jobs_than_allowed_are_a_conflict_and_charge_nothing() {
        for (int i = 0; i < app.jobSettings.maxActivePerAccount(); i++) {
            Creation creation = app.creations.create(ada.id(), "Story " + i, "A day.");
            app.generation.request(request(creation, JobKind.PLAN, null));
        }
        Creation one = app.creations.create(ada.id(), "One more", "A night.");
        long balance = app.balance(ada);

        assertThrows(Refusal.Conflict.class,
                () -> app.generation.request(request(one, JobKind.PLAN, null)));

        assertEquals(balance, app.balance(ada));
    }

    @Test
    void a_second_request_for_a_step_still_waiting_is_a_conflict_and_charges_nothing() {
        Creation creation = app.creationWithPlan(ada, 2);
        app.generation.request(request(creation, JobKind.SOUNDTRACK, null));
        long balance = app.balance(ada);

        assertThrows(Refusal.Conflict.class,
                () -> app.generation.request(request(creation, JobKind.SOUNDTRACK, null)));
        assertThrows(Refusal.Conflict.class,
                () -> app.generation.request(request(creation, JobKind.PLAN, null)));
        assertEquals(balance, app.balance(ada));
        assertEquals(1, app.stores.jobs().listByCreation(creation.id()).size());
    }

    @Test
    void the_prices_name_every_kind_of_job() {
        assertEquals(JobKind.values().length, app.generation.prices().size());
    }

    private void assertMissingInput(JobRequest request) {
        long balance = app.balance(ada);
        int jobs = app.stores.jobs().listByAccount(ada.id()).size();

        assertThrows(Refusal.MissingInput.class, () -> app.generation.request(request));

        assertEquals(balance, app.balance(ada));
        assertEquals(jobs, app.stores.jobs().listByAccount(ada.id()).size());
    }

    private static JobRequest request(Creation creation, JobKind kind, String key,
            int... shots) {
        List<ShotNumber> numbers = IntStream.of(shots)
                .mapToObj(ShotNumber::of).toList();
        return new JobRequest(creation.ownerId(), creation.id(), kind, numbers, key);
    }
}
