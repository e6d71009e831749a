package live.mymovie.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import live.mymovie.adapters.persistence.Database;
import live.mymovie.adapters.persistence.EncryptionSettings;
import live.mymovie.adapters.persistence.PersistenceSettings;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.generation.GenerationService;
import live.mymovie.application.generation.JobCanceller;
import live.mymovie.application.generation.JobOutcomes;
import live.mymovie.application.generation.JobSettings;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.bootstrap.support.PostgresDatabase;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * Measures, against one PostgreSQL in one run, how many paid jobs per second the service
 * accepts (charge and job written in one transaction, through the use case) next to the
 * database's plain single-row update rate, and prints both and their ratio.
 */
public final class LedgerThroughputBenchmark {

    private static final int THREADS = 4;
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int CREATIONS_PER_THREAD = 2000;

    private LedgerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PostgresDatabase postgres = PostgresDatabase.create()) {
            double paid = paidJobsPerSecond(postgres.url());
            double plain = plainUpdatesPerSecond(postgres.url());
            System.out.printf(Locale.ROOT, "plain single-row updates: %8.0f per second%n",
                    plain);
            System.out.printf(Locale.ROOT, "charge-and-enqueue:       %8.0f per second%n",
                    paid);
            System.out.printf(Locale.ROOT, "ratio:                    %8.2f%n", paid / plain);
        }
    }

    private static double plainUpdatesPerSecond(String url) throws Exception {
        try (Connection setup = DriverManager.getConnection(url, "postgres", "");
                Statement sql = setup.createStatement()) {
            sql.execute("CREATE TABLE counters (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            sql.execute("INSERT INTO counters SELECT g, 0 FROM generate_series(1, "
                    + THREADS + ") g");
        }
        return run(worker -> {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE counters SET n = n + 1 WHERE id = ?")) {
                update.setInt(1, worker + 1);
                return loop(() -> {
                    try {
                        update.executeUpdate();
                    } catch (SQLException failure) {
                        throw new IllegalStateException(failure);
                    }
                });
            }
        });
    }

    private static double paidJobsPerSecond(String url) throws Exception {
        Clock clock = Clock.systemUTC();
        Path keys = Files.createTempDirectory("mymovie-bench-keys");
        try (Database database = Database.open(new PersistenceSettings(url, "postgres", "",
                THREADS + 2), EncryptionSettings.in(keys, MasterKey.generate()), clock)) {
            JobSettings settings = new JobSettings(5, Duration.ofMinutes(1),
                    Duration.ofSeconds(1), Duration.ofMinutes(1), Integer.MAX_VALUE, 1280, 720);
            JobOutcomes outcomes = new JobOutcomes(database.jobs(), database.ledger(),
                    database.transactions(), clock);
            GenerationService generation = new GenerationService(database.creations(),
                    database.jobs(), database.ledger(), database.transactions(),
                    PriceList.standard(), settings, new JobCanceller(outcomes,
                            (VideoGenerator) null), clock);
            List<List<Creation>> creations = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                creations.add(richAccountWithCreations(database, i, clock));
            }
            return run(worker -> {
                // One creation plans once at a time, so each request gets a creation of its own.
                var queue = new java.util.ArrayDeque<>(creations.get(worker));
                return loop(() -> {
                    Creation creation = queue.pop();
                    generation.request(new JobRequest(creation.ownerId(), creation.id(),
                            JobKind.PLAN, List.of(), null));
                }, queue::isEmpty);
            });
        }
    }

    private static List<Creation> richAccountWithCreations(Database database, int i,
            Clock clock) {
        Account account = new Account(AccountId.newId(), Email.of("bench" + i + "@example.com"),
                DisplayName.NONE, Role.CREATOR, new PasswordHash("not-a-real-hash"),
                clock.instant(), clock.instant());
        database.accounts().insert(account);
        database.ledger().grant(LedgerLine.grant(account.id(), Credits.of(1_000_000_000L),
                "Benchmark credits"));
        List<Creation> creations = new ArrayList<>();
        for (int c = 0; c < CREATIONS_PER_THREAD; c++) {
            Creation creation = Creation.start(account.id(), "Bench " + c,
                    "A benchmark story.", clock.instant());
            database.creations().insert(creation);
            creations.add(creation);
        }
        return creations;
    }

    /** Runs the same loop on every worker thread for the run's length; answers per second. */
    private static double run(Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            counts.add(pool.submit(() -> worker.count(index)));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static long loop(Runnable step) {
        return loop(step, () -> false);
    }

    /** Repeats the step for the run's length or until there is nothing left to do. */
    private static long loop(Runnable step, java.util.function.BooleanSupplier exhausted) {
        long until = System.nanoTime() + RUN.toNanos();
        long count = 0;
        while (System.nanoTime() < until && !exhausted.getAsBoolean()) {
            step.run();
            count++;
        }
        return count;
    }

    /** One benchmark thread: counts how often it did its step. */
    private interface Worker {
        long count(int index) throws Exception;
    }
}
