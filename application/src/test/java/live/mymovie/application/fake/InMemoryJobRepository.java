package live.mymovie.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import live.mymovie.application.port.out.JobRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobStatus;

/** Keeps jobs in memory and hands them out under the same lease rules as the database. */
public final class InMemoryJobRepository
        implements JobRepository, InMemoryTransactions.Snapshotting {

    private static final Comparator<Job> NEWEST_FIRST =
            Comparator.comparing(Job::createdAt).reversed();

    private final InMemoryTransactions transactions;
    private final Map<JobId, Job> jobs = new LinkedHashMap<>();

    public InMemoryJobRepository() {
        this(new InMemoryTransactions());
    }

    public InMemoryJobRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    @Override
    public void insert(Job job) {
        transactions.locked(() -> {
            if (job.idempotencyKey() != null && jobs.values().stream().anyMatch(j ->
                    j.accountId().equals(job.accountId())
                            && job.idempotencyKey().equals(j.idempotencyKey()))) {
                throw new DuplicateIdempotencyKey();
            }
            if (jobs.containsKey(job.id())) {
                throw new IllegalStateException("Job " + job.id() + " exists");
            }
            jobs.put(job.id(), copy(job, job.status(), job.progress(), job.attempts(),
                    job.error(), job.leaseOwner(), job.leaseExpiresAt(), job.providerTaskId(),
                    job.nextAttemptAt(), job.finishedAt()));
        });
    }

    @Override
    public Optional<Job> findById(JobId id) {
        return transactions.locked(() -> Optional.ofNullable(jobs.get(id)));
    }

    @Override
    public Optional<Job> findByIdempotencyKey(AccountId account, String key) {
        return transactions.locked(() -> jobs.values().stream()
                .filter(j -> j.accountId().equals(account) && key.equals(j.idempotencyKey()))
                .findFirst());
    }

    @Override
    public List<Job> listByCreation(CreationId creation) {
        return newestFirst(j -> j.creationId().equals(creation), Integer.MAX_VALUE);
    }

    @Override
    public List<Job> listFailed(int limit) {
        return newestFirst(j -> j.status() == JobStatus.FAILED, limit);
    }

    @Override
    public List<Job> listByAccount(AccountId account) {
        return newestFirst(j -> j.accountId().equals(account), Integer.MAX_VALUE);
    }

    @Override
    public int countActive(AccountId account) {
        return transactions.locked(() -> (int) jobs.values().stream()
                .filter(j -> j.accountId().equals(account) && !j.status().isFinal())
                .count());
    }

    @Override
    public Optional<Job> claimNext(String worker, Instant now, Instant leaseUntil) {
        return transactions.locked(() -> jobs.values().stream()
                .filter(j -> isDue(j, StoredTime.of(now)))
                .min(Comparator.comparing((Job j) -> runningOf(j.accountId(), now))
                        .thenComparing(Job::createdAt))
                .map(j -> put(copy(j, JobStatus.RUNNING, j.progress(), j.attempts() + 1,
                        j.error(), worker, leaseUntil, j.providerTaskId(), j.nextAttemptAt(),
                        j.finishedAt()))));
    }

    /** Jobs the account has running under a live lease: fewer goes first, as in the database. */
    private long runningOf(AccountId account, Instant now) {
        return jobs.values().stream()
                .filter(j -> j.accountId().equals(account) && j.status() == JobStatus.RUNNING
                        && j.leaseExpiresAt() != null && j.leaseExpiresAt().isAfter(now))
                .count();
    }

    @Override
    public boolean renewLease(JobId id, String worker, Instant leaseUntil) {
        return update(id, j -> j.status() == JobStatus.RUNNING && worker.equals(j.leaseOwner()),
                j -> copy(j, j.status(), j.progress(), j.attempts(), j.error(), worker,
                        leaseUntil, j.providerTaskId(), j.nextAttemptAt(), j.finishedAt()));
    }

    @Override
    public void recordProgress(JobId id, int progress) {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("Progress runs from 0 to 100: " + progress);
        }
        update(id, j -> j.status() == JobStatus.RUNNING, j -> copy(j, j.status(),
                Math.max(j.progress(), progress),
                j.attempts(), j.error(),
                j.leaseOwner(), j.leaseExpiresAt(), j.providerTaskId(), j.nextAttemptAt(),
                j.finishedAt()));
    }

    @Override
    public void recordProviderTask(JobId id, String providerTaskId) {
        update(id, j -> true, j -> copy(j, j.status(), j.progress(), j.attempts(), j.error(),
                j.leaseOwner(), j.leaseExpiresAt(), providerTaskId, j.nextAttemptAt(),
                j.finishedAt()));
    }

    @Override
    public void scheduleRetry(JobId id, String error, Instant nextAttemptAt) {
        update(id, j -> !j.status().isFinal(), j -> copy(j, JobStatus.QUEUED, j.progress(),
                j.attempts(), error, null, null, j.providerTaskId(), nextAttemptAt, null));
    }

    @Override
    public boolean finish(JobId id, JobStatus status, String error, Instant now) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("Not a final status: " + status);
        }
        return update(id, j -> !j.status().isFinal(), j -> copy(j, status, j.progress(),
                j.attempts(), error, null, null, j.providerTaskId(), j.nextAttemptAt(), now));
    }

    @Override
    public void deleteAll(AccountId account) {
        transactions.locked(() -> {
            jobs.values().removeIf(j -> j.accountId().equals(account));
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new LinkedHashMap<>(jobs);
        return () -> {
            jobs.clear();
            jobs.putAll(copy);
        };
    }

    /** A queued job whose time has come, or a running job whose worker let its lease lapse. */
    static boolean isDue(Job job, Instant now) {
        return job.status() == JobStatus.QUEUED && !job.nextAttemptAt().isAfter(now)
                || job.status() == JobStatus.RUNNING && job.leaseExpiresAt() != null
                        && !job.leaseExpiresAt().isAfter(now);
    }

    private List<Job> newestFirst(Predicate<Job> filter, int limit) {
        return transactions.locked(() -> {
            List<Job> list = new ArrayList<>(jobs.values());
            Collections.reverse(list);
            return list.stream().filter(filter).sorted(NEWEST_FIRST).limit(limit).toList();
        });
    }

    private boolean update(
            JobId id, Predicate<Job> when, UnaryOperator<Job> change) {
        return transactions.locked(() -> {
            Job job = jobs.get(id);
            if (job == null || !when.test(job)) {
                return false;
            }
            put(change.apply(job));
            return true;
        });
    }

    private Job put(Job job) {
        jobs.put(job.id(), job);
        return job;
    }

    private static Job copy(
            Job j, JobStatus status, int progress, int attempts, String error, String leaseOwner,
            Instant leaseExpiresAt, String providerTaskId, Instant nextAttemptAt,
            Instant finishedAt) {
        Objects.requireNonNull(j, "job");
        return new Job(j.id(), j.accountId(), j.creationId(), j.kind(), j.shots(), status,
                progress, j.cost(), attempts, error, j.idempotencyKey(), j.requestFingerprint(),
                leaseOwner, StoredTime.of(leaseExpiresAt), providerTaskId,
                StoredTime.of(nextAttemptAt), StoredTime.of(j.createdAt()),
                StoredTime.of(finishedAt));
    }
}
