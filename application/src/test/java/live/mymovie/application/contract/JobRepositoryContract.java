package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobStatus;

/** What every job repository does: keep jobs and lease each due job to one worker only. */
public abstract class JobRepositoryContract {

    private static final Instant T0 = TestData.NOW;

    private JobRepository jobs;
    private AccountId account;
    private CreationId creation;
    private Stores stores;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
        jobs = stores.jobs();
        Account person = TestData.account();
        stores.accounts().insert(person);
        Creation movie = TestData.creation(person.id());
        stores.creations().insert(movie);
        account = person.id();
        creation = movie.id();
    }

    @Test
    void a_stored_job_keeps_every_field() {
        Job job = TestData.job(account, creation, "key-1", T0, 1, 2, 3);

        jobs.insert(job);

        assertEquals(job, jobs.findById(job.id()).orElseThrow());
        assertEquals(job, jobs.findByIdempotencyKey(account, "key-1").orElseThrow());
        assertTrue(jobs.findById(JobId.newId()).isEmpty());
    }

    @Test
    void times_are_kept_to_the_microsecond() {
        Instant precise = Instant.parse("2026-03-01T10:15:30.123456789Z");
        Job job = stored(TestData.job(account, creation, null, precise, 1));

        Job claimed = jobs.claimNext("worker", precise, precise.plusSeconds(30)).orElseThrow();

        Instant micros = Instant.parse("2026-03-01T10:15:30.123456Z");
        assertEquals(micros, jobs.findById(job.id()).orElseThrow().createdAt());
        assertEquals(micros, claimed.nextAttemptAt());
        assertEquals(micros.plusSeconds(30), claimed.leaseExpiresAt());
    }

    @Test
    void an_idempotency_key_is_unique_per_account() {
        jobs.insert(TestData.job(account, creation, "same-key", T0, 1));

        Job again = TestData.job(account, creation, "same-key", T0, 2);
        assertThrows(JobRepository.DuplicateIdempotencyKey.class, () -> jobs.insert(again));

        assertTrue(jobs.findById(again.id()).isEmpty());
        assertDoesNotThrow(() -> jobs.insert(TestData.job(TestData.account().id(), creation,
                "same-key", T0, 1)));
        assertDoesNotThrow(() -> jobs.insert(TestData.job(account, creation, null, T0, 1)));
        assertDoesNotThrow(() -> jobs.insert(TestData.job(account, creation, null, T0, 1)));
    }

    @Test
    void a_claim_leases_the_oldest_due_job_and_counts_the_attempt() {
        Job newer = stored(TestData.job(account, creation, null, T0.plusSeconds(5), 1));
        Job older = stored(TestData.job(account, creation, null, T0, 1));

        Job claimed = jobs.claimNext("worker-a", T0.plusSeconds(10), T0.plusSeconds(70))
                .orElseThrow();

        assertEquals(older.id(), claimed.id());
        assertEquals(JobStatus.RUNNING, claimed.status());
        assertEquals(1, claimed.attempts());
        assertEquals("worker-a", claimed.leaseOwner());
        assertEquals(T0.plusSeconds(70), claimed.leaseExpiresAt());
        assertEquals(claimed, jobs.findById(older.id()).orElseThrow());
        assertEquals(newer.id(), jobs.claimNext("worker-b", T0.plusSeconds(10),
                T0.plusSeconds(70)).orElseThrow().id());
        assertTrue(jobs.claimNext("worker-c", T0.plusSeconds(10), T0.plusSeconds(70))
                .isEmpty());
    }

    @Test
    void someone_with_no_job_running_goes_before_a_person_with_a_long_queue() {
        stored(TestData.job(account, creation, null, T0, 1));
        Job secondOfMany = stored(TestData.job(account, creation, null, T0.plusSeconds(1), 1));
        Account other = TestData.account();
        stores.accounts().insert(other);
        Job someoneElse = stored(TestData.job(other.id(), creation, null, T0.plusSeconds(2),
                1));
        Instant now = T0.plusSeconds(10);
        jobs.claimNext("worker-a", now, now.plusSeconds(60));

        assertEquals(someoneElse.id(), jobs.claimNext("worker-b", now, now.plusSeconds(60))
                .orElseThrow().id());
        assertEquals(secondOfMany.id(), jobs.claimNext("worker-c", now, now.plusSeconds(60))
                .orElseThrow().id());
    }

    @Test
    void four_workers_claiming_two_hundred_jobs_claim_each_exactly_once() throws Exception {
        int count = 200;
        IntStream.range(0, count).forEach(i ->
                stored(TestData.job(account, creation, null, T0.plusMillis(i), 1)));

        List<List<JobId>> claimedByWorker = Concurrently.call(4, 4, worker -> {
            var mine = new ArrayList<JobId>();
            Optional<Job> next;
            while ((next = jobs.claimNext("worker-" + worker, T0.plusSeconds(60),
                    T0.plusSeconds(600))).isPresent()) {
                mine.add(next.get().id());
            }
            return mine;
        });

        List<JobId> all = claimedByWorker.stream().flatMap(List::stream).toList();
        assertEquals(count, all.size());
        assertEquals(count, new HashSet<>(all).size());
        assertTrue(jobs.listByAccount(account).stream()
                .allMatch(j -> j.status() == JobStatus.RUNNING && j.attempts() == 1));
    }

    @Test
    void a_job_whose_lease_expired_is_claimed_again() {
        Job job = stored(TestData.job(account, creation, 1));
        jobs.claimNext("crashed", T0, T0.plusSeconds(30));

        assertTrue(jobs.claimNext("other", T0.plusSeconds(29), T0.plusSeconds(90)).isEmpty());
        Job again = jobs.claimNext("other", T0.plusSeconds(31), T0.plusSeconds(90))
                .orElseThrow();

        assertEquals(job.id(), again.id());
        assertEquals(2, again.attempts());
        assertEquals("other", again.leaseOwner());
        assertFalse(jobs.renewLease(job.id(), "crashed", T0.plusSeconds(200)));
        assertTrue(jobs.renewLease(job.id(), "other", T0.plusSeconds(200)));
        assertEquals(T0.plusSeconds(200), jobs.findById(job.id()).orElseThrow()
                .leaseExpiresAt());
    }

    @Test
    void a_scheduled_retry_is_not_claimed_before_its_time() {
        Job job = stored(TestData.job(account, creation, 1));
        jobs.claimNext("worker", T0, T0.plusSeconds(30));

        jobs.scheduleRetry(job.id(), "Provider busy", T0.plusSeconds(120));

        Job queued = jobs.findById(job.id()).orElseThrow();
        assertEquals(JobStatus.QUEUED, queued.status());
        assertEquals(Optional.of("Provider busy"), queued.errorMessage());
        assertTrue(jobs.claimNext("worker", T0.plusSeconds(119), T0.plusSeconds(200))
                .isEmpty());
        assertEquals(2, jobs.claimNext("worker", T0.plusSeconds(120), T0.plusSeconds(200))
                .orElseThrow().attempts());
    }

    @Test
    void a_job_is_finished_only_once() {
        Job job = stored(TestData.job(account, creation, 1));
        jobs.claimNext("worker", T0, T0.plusSeconds(30));

        assertTrue(jobs.finish(job.id(), JobStatus.FAILED, "Refused", T0.plusSeconds(5)));
        assertFalse(jobs.finish(job.id(), JobStatus.CANCELED, null, T0.plusSeconds(6)));

        Job failed = jobs.findById(job.id()).orElseThrow();
        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals(Optional.of(T0.plusSeconds(5)), failed.finished());
        assertEquals(Optional.of("Refused"), failed.errorMessage());
        assertEquals(null, failed.leaseOwner());
        assertTrue(jobs.claimNext("worker", T0.plusSeconds(60), T0.plusSeconds(90)).isEmpty());
    }

    @Test
    void progress_and_provider_task_are_recorded() {
        Job job = stored(TestData.job(account, creation, 1));
        jobs.recordProgress(job.id(), 30);
        assertEquals(0, jobs.findById(job.id()).orElseThrow().progress(),
                "a job that is not running keeps its progress");
        jobs.claimNext("worker", T0.plusSeconds(1), T0.plusSeconds(60));

        jobs.recordProgress(job.id(), 40);
        jobs.recordProviderTask(job.id(), "task-123");

        Job loaded = jobs.findById(job.id()).orElseThrow();
        assertEquals(40, loaded.progress());
        assertEquals(Optional.of("task-123"), loaded.providerTask());
        assertThrows(IllegalArgumentException.class, () -> jobs.recordProgress(job.id(), 101));
    }

    @Test
    void jobs_are_listed_newest_first_and_active_ones_counted() {
        Job first = stored(TestData.job(account, creation, null, T0, 1));
        Job second = stored(TestData.job(account, creation, null, T0.plusSeconds(1), 1));
        Job third = stored(TestData.job(account, creation, null, T0.plusSeconds(1), 1));
        jobs.finish(first.id(), JobStatus.FAILED, "Refused", T0.plusSeconds(2));
        jobs.finish(second.id(), JobStatus.FAILED, "Refused", T0.plusSeconds(2));

        assertEquals(List.of(third.id(), second.id(), first.id()),
                jobs.listByCreation(creation).stream().map(Job::id).toList());
        assertEquals(List.of(third.id(), second.id(), first.id()),
                jobs.listByAccount(account).stream().map(Job::id).toList());
        assertEquals(List.of(second.id()),
                jobs.listFailed(1).stream().map(Job::id).toList());
        assertEquals(1, jobs.countActive(account));
    }

    @Test
    void deleting_all_removes_only_that_account_s_jobs() {
        Job mine = stored(TestData.job(account, creation, "k", T0, 1));
        Job theirs = stored(TestData.job(TestData.account().id(), creation, "k", T0, 1));

        jobs.deleteAll(account);

        assertTrue(jobs.findById(mine.id()).isEmpty());
        assertTrue(jobs.listByAccount(account).isEmpty());
        assertTrue(jobs.findById(theirs.id()).isPresent());
        assertDoesNotThrow(() -> jobs.insert(TestData.job(account, creation, "k", T0, 1)));
    }

    private Job stored(Job job) {
        jobs.insert(job);
        return job;
    }
}
