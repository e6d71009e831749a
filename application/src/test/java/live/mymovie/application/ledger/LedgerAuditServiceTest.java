package live.mymovie.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.Concurrently;
import live.mymovie.application.fake.TestData;
import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.generation.JobWorker;
import live.mymovie.application.generation.ScriptedProviders;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntryKind;
import live.mymovie.domain.ledger.LedgerLine;

/** The ledger audit: quiet after any honest history, loud about a tampered one. */
class LedgerAuditServiceTest {

    private static final long SEED = 20_261_204L;
    private static final int OPERATIONS = 3000;

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account admin = app.signUpAdmin();
    private final Logger logs = Logger.getLogger("live.mymovie.application");
    private Level levelBefore;

    @BeforeEach
    void quietExpectedFailureLogs() {
        levelBefore = logs.getLevel();
        logs.setLevel(Level.OFF);
    }

    @AfterEach
    void restoreLogs() {
        app.scheduler.shutdownNow();
        logs.setLevel(levelBefore);
    }

    @Test
    void a_fresh_ledger_of_sign_ups_and_grants_is_consistent() {
        Account ada = app.signUp("ada@example.com");
        app.admin.grantCredits(admin.id(), ada.id(), 50, "Apology for an outage");

        assertEquals(List.of(), app.audit.checkAllAccounts());
    }

    @Test
    void the_ledger_is_consistent_after_thousands_of_random_operations() {
        Random random = new Random(SEED);
        app.providers.otherwise(call -> chaos(random::nextDouble));
        List<Account> people = signUp(5);
        List<Creation> creations = people.stream().map(this::readyCreation).toList();

        for (int i = 0; i < OPERATIONS; i++) {
            int who = random.nextInt(people.size());
            operate(random, people.get(who), creations.get(who));
        }
        drainQueue();

        assertEquals(List.of(), app.audit.checkAllAccounts());
        assertHistoryHadEveryOutcome(people);
    }

    @Test
    void the_ledger_is_consistent_after_concurrent_random_operations() throws Exception {
        app.providers.otherwise(call -> chaos(ThreadLocalRandom.current()::nextDouble));
        List<Account> people = signUp(4);
        List<Creation> creations = people.stream().map(this::readyCreation).toList();
        AtomicInteger operating = new AtomicInteger(people.size());
        int workers = 2;

        Concurrently.run(people.size() + workers, i -> {
            if (i >= people.size()) {
                runJobsWhile(operating, app.worker("worker-" + i));
                return;
            }
            Random random = new Random(SEED + i);
            for (int n = 0; n < OPERATIONS / people.size(); n++) {
                operate(random, people.get(i), creations.get(i));
            }
            operating.decrementAndGet();
        });
        drainQueue();

        assertEquals(List.of(), app.audit.checkAllAccounts());
    }

    @Test
    void a_refund_without_a_failed_job_written_straight_to_the_ledger_is_reported() {
        Account ada = app.signUp("ada@example.com");
        Job job = app.generation.request(plan(ada));
        app.runDueJobs();
        assertEquals(JobStatus.SUCCEEDED, job(job).status());

        app.stores.ledger().refund(LedgerLine.refund(ada.id(), job.cost(), "Free money",
                job.id()));

        List<String> problems = app.audit.checkAllAccounts();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains(job.id().value())),
                problems::toString);
    }

    @Test
    void a_charge_for_a_job_that_does_not_exist_is_reported() {
        Account ada = app.signUp("ada@example.com");
        Job ghost = TestData.job(ada.id(), CreationId.newId(), 1);

        app.stores.ledger().charge(LedgerLine.charge(ada.id(), ghost.cost(), "Ghost",
                ghost.id()));

        assertEquals(1, app.audit.checkAllAccounts().size());
    }

    @Test
    void a_job_that_failed_without_a_refund_is_reported() {
        Account ada = app.signUp("ada@example.com");
        Job job = app.generation.request(plan(ada));

        app.stores.jobs().finish(job.id(), JobStatus.FAILED, "lost", app.clock.instant());

        List<String> problems = app.audit.checkAllAccounts();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("0 refunds"), problems.get(0));
    }

    @Test
    void a_refund_of_the_wrong_amount_is_reported() {
        Account ada = app.signUp("ada@example.com");
        Job job = app.generation.request(plan(ada));
        app.stores.jobs().finish(job.id(), JobStatus.CANCELED, "gone", app.clock.instant());

        app.stores.ledger().refund(LedgerLine.refund(ada.id(), Credits.of(50), "Too much",
                job.id()));

        assertEquals(1, app.audit.checkAllAccounts().size());
    }

    private void operate(Random random, Account person, Creation creation) {
        int roll = random.nextInt(100);
        try {
            if (roll < 5) {
                app.admin.grantCredits(admin.id(), person.id(), 1 + random.nextInt(30),
                        "Top-up");
            } else if (roll < 50) {
                app.generation.request(randomRequest(random, person, creation));
            } else if (roll < 60) {
                cancelSomeJob(random, person);
            } else if (roll < 90) {
                app.worker.runNextJob();
            } else {
                app.clock.advance(Duration.ofSeconds(random.nextInt(120)));
            }
        } catch (Refusal expected) {
            // Too few credits, too many active jobs, a missing frame or a finished job.
        }
    }

    private JobRequest randomRequest(Random random, Account person, Creation creation) {
        JobKind kind = JobKind.values()[random.nextInt(JobKind.values().length)];
        List<ShotNumber> shots = kind == JobKind.ANIMATION || random.nextBoolean()
                ? List.of(ShotNumber.of(1 + random.nextInt(2))) : List.of();
        String key = random.nextInt(4) == 0 ? "key-" + random.nextInt(20) : null;
        return new JobRequest(person.id(), creation.id(), kind, kind == JobKind.PLAN
                || kind == JobKind.SOUNDTRACK || kind == JobKind.VOICEOVER ? List.of() : shots,
                key);
    }

    private void cancelSomeJob(Random random, Account person) {
        List<Job> jobs = app.stores.jobs().listByAccount(person.id());
        if (!jobs.isEmpty()) {
            app.generation.cancel(person.id(), jobs.get(random.nextInt(jobs.size())).id());
        }
    }

    /** A provider answer: mostly a result, sometimes a failure of any kind. */
    private static Object chaos(DoubleSupplier random) {
        double roll = random.getAsDouble();
        if (roll < 0.2) {
            throw ProviderFailure.transientFailure("busy", Duration.ofSeconds(5));
        }
        if (roll < 0.3) {
            throw ScriptedProviders.permanentFailures().get((int) (roll * 100) % 4);
        }
        return null;
    }

    private void runJobsWhile(AtomicInteger operating, JobWorker worker) {
        while (operating.get() > 0) {
            if (!worker.runNextJob()) {
                app.clock.advance(Duration.ofSeconds(1));
                Thread.yield();
            }
        }
    }

    /** Lets every queued job end, moving the clock past any retry time. */
    private void drainQueue() {
        for (int round = 0; round < 50; round++) {
            app.clock.advance(app.jobSettings.maxRetryDelay().multipliedBy(2));
            app.runDueJobs();
        }
        app.stores.accounts().allIds().forEach(id -> assertEquals(0,
                app.stores.jobs().countActive(id)));
    }

    private void assertHistoryHadEveryOutcome(List<Account> people) {
        List<JobStatus> outcomes = new ArrayList<>();
        List<LedgerEntryKind> kinds = new ArrayList<>();
        for (Account person : people) {
            app.stores.jobs().listByAccount(person.id()).forEach(j -> outcomes.add(j.status()));
            app.stores.ledger().entries(person.id()).forEach(e -> kinds.add(e.kind()));
        }
        assertTrue(outcomes.size() > 300, "jobs: " + outcomes.size());
        assertTrue(outcomes.contains(JobStatus.SUCCEEDED));
        assertTrue(outcomes.contains(JobStatus.FAILED));
        assertTrue(outcomes.contains(JobStatus.CANCELED));
        assertTrue(kinds.contains(LedgerEntryKind.GRANT) && kinds.contains(
                LedgerEntryKind.CHARGE) && kinds.contains(LedgerEntryKind.REFUND));
    }

    private List<Account> signUp(int count) {
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(app.signUp("person-" + i + "@example.com"));
        }
        return people;
    }

    private Creation readyCreation(Account person) {
        return app.withFrame(app.withFrame(app.creationWithPlan(person, 2), 1), 2);
    }

    private JobRequest plan(Account person) {
        Creation creation = app.creations.create(person.id(), "Keeper", "A keeper and a storm");
        return new JobRequest(person.id(), creation.id(), JobKind.PLAN, List.of(), null);
    }

    private Job job(Job job) {
        return app.stores.jobs().findById(job.id()).orElseThrow();
    }
}
