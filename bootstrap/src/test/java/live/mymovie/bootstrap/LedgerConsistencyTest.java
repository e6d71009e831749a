package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.adapters.persistence.Database;
import live.mymovie.adapters.persistence.EncryptionSettings;
import live.mymovie.adapters.persistence.PersistenceSettings;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.generation.GenerationService;
import live.mymovie.application.generation.JobCanceller;
import live.mymovie.application.generation.JobOutcomes;
import live.mymovie.application.generation.JobSettings;
import live.mymovie.application.ledger.LedgerAuditService;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.bootstrap.support.PostgresDatabase;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * A randomized history of thousands of grants, paid requests, repeats, cancels, failures
 * and successes, one part of it from four threads at once, on the embedded database and on
 * PostgreSQL: afterwards the ledger check finds nothing wrong, and it does find a forged
 * refund.
 */
class LedgerConsistencyTest {

    private static final int ACCOUNTS = 4;
    private static final int CREATIONS_EACH = 5;

    @TempDir
    Path folder;

    @Test
    void a_random_history_on_the_embedded_database_adds_up() throws Exception {
        try (Database database = open(PersistenceSettings.embeddedIn(folder, 10))) {
            assertConsistent(database);
        }
    }

    @Test
    void a_random_history_on_postgresql_adds_up() throws Exception {
        try (PostgresDatabase postgres = PostgresDatabase.create();
                Database database = open(new PersistenceSettings(postgres.url(), "postgres",
                        "", 10))) {
            assertConsistent(database);
        }
    }

    @Test
    void racing_requests_under_one_key_make_one_job_and_one_charge_on_both_databases()
            throws Exception {
        try (Database embedded = open(PersistenceSettings.embeddedIn(folder.resolve("race"),
                10))) {
            assertOneJobForRacingKey(embedded);
        }
        try (PostgresDatabase postgres = PostgresDatabase.create();
                Database database = open(new PersistenceSettings(postgres.url(), "postgres",
                        "", 10))) {
            assertOneJobForRacingKey(database);
        }
    }

    private static void assertOneJobForRacingKey(Database database) throws Exception {
        History history = new History(database);
        Creation creation = history.creations.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Job>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> history.generation.request(new JobRequest(
                    creation.ownerId(), creation.id(), JobKind.PLAN, List.of(), "same-key"))));
        }
        java.util.Set<String> jobs = new java.util.HashSet<>();
        for (Future<Job> answer : answers) {
            jobs.add(answer.get().id().value());
        }
        pool.shutdown();

        assertEquals(1, jobs.size());
        assertEquals(1, database.ledger().entries(creation.ownerId()).stream()
                .filter(e -> e.kind() == live.mymovie.domain.ledger.LedgerEntryKind.CHARGE)
                .count());
    }

    /** Each database gets a key folder and master key of its own. */
    private Database open(PersistenceSettings settings) {
        Path keys = folder.resolve("keys-" + java.util.UUID.randomUUID());
        return Database.open(settings, EncryptionSettings.in(keys, MasterKey.generate()),
                Clock.systemUTC());
    }

    private static void assertConsistent(Database database) throws Exception {
        History history = new History(database);
        history.run(new Random(42), 2000);
        history.runConcurrently(4, 300);
        LedgerAuditService audit = new LedgerAuditService(database.accounts(),
                database.ledger(), database.jobs());

        assertEquals(List.of(), audit.checkAllAccounts());

        Job succeeded = history.anySucceeded();
        database.ledger().refund(LedgerLine.refund(succeeded.accountId(), succeeded.cost(),
                "Forged refund", succeeded.id()));
        assertFalse(audit.checkAllAccounts().isEmpty(), "a refund of a succeeded job");
    }

    /** Everything a person and the workers do to the ledger, picked at random. */
    private static final class History {

        private final Database database;
        private final GenerationService generation;
        private final JobOutcomes outcomes;
        private final List<Creation> creations = new ArrayList<>();

        History(Database database) {
            this.database = database;
            Clock clock = Clock.systemUTC();
            this.outcomes = new JobOutcomes(database.jobs(), database.ledger(),
                    database.transactions(), clock);
            JobSettings settings = new JobSettings(5, Duration.ofMinutes(1),
                    Duration.ofSeconds(1), Duration.ofMinutes(1), 1000, 1280, 720);
            this.generation = new GenerationService(database.creations(), database.jobs(),
                    database.ledger(), database.transactions(), PriceList.standard(),
                    settings, new JobCanceller(outcomes, (VideoGenerator) null), clock);
            for (int i = 0; i < ACCOUNTS; i++) {
                addAccount(i, clock);
            }
        }

        private void addAccount(int i, Clock clock) {
            Account account = new Account(AccountId.newId(),
                    Email.of("history" + i + "@example.com"), DisplayName.NONE, Role.CREATOR,
                    new PasswordHash("not-a-real-hash"), clock.instant(), clock.instant());
            database.accounts().insert(account);
            database.ledger().grant(LedgerLine.grant(account.id(), Credits.of(20),
                    "Starting credits"));
            for (int c = 0; c < CREATIONS_EACH; c++) {
                Creation creation = Creation.start(account.id(), "Story " + c, "A day.",
                        clock.instant());
                database.creations().insert(creation);
                creations.add(creation);
            }
        }

        void run(Random random, int operations) {
            for (int i = 0; i < operations; i++) {
                step(random);
            }
        }

        void runConcurrently(int threads, int operationsEach) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(100 + t);
                done.add(pool.submit(() -> run(random, operationsEach)));
            }
            for (Future<?> each : done) {
                each.get();
            }
            pool.shutdown();
        }

        private void step(Random random) {
            Creation creation = creations.get(random.nextInt(creations.size()));
            AccountId owner = creation.ownerId();
            try {
                switch (random.nextInt(6)) {
                    case 0 -> database.ledger().grant(LedgerLine.grant(owner,
                            Credits.of(1 + random.nextInt(10)), "Random grant"));
                    case 1, 2 -> generation.request(new JobRequest(owner, creation.id(),
                            JobKind.PLAN, List.of(), random.nextBoolean()
                                    ? "key-" + random.nextInt(50) : null));
                    case 3 -> active(creation).ifPresent(outcomes::cancelAndRefund);
                    case 4 -> active(creation).ifPresent(job -> outcomes.failAndRefund(job,
                            "The provider refused the input."));
                    default -> active(creation).ifPresent(outcomes::succeed);
                }
            } catch (Refusal expected) {
                // Low balances, clashing jobs and reused keys are refused: part of the story.
            }
        }

        private java.util.Optional<Job> active(Creation creation) {
            return database.jobs().listByCreation(creation.id()).stream()
                    .filter(job -> !job.status().isFinal())
                    .findFirst();
        }

        Job anySucceeded() {
            return creations.stream()
                    .flatMap(c -> database.jobs().listByCreation(c.id()).stream())
                    .filter(job -> job.status() == live.mymovie.domain.job.JobStatus.SUCCEEDED)
                    .findFirst()
                    .orElseThrow();
        }
    }
}
