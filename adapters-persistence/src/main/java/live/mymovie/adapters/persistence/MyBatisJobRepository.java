package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import live.mymovie.adapters.persistence.JobMapper.JobRow;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;

/**
 * Keeps jobs in the jobs table. A claim picks due rows with FOR UPDATE SKIP LOCKED and then
 * takes one with an UPDATE that re-checks it is still due, so that two workers, in one
 * process or in two, never lease the same job.
 */
public final class MyBatisJobRepository implements JobRepository {

    private static final int CANDIDATES = 8;

    private final MyBatisSessions sessions;

    MyBatisJobRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void insert(Job job) {
        try {
            sessions.guarded(() -> sessions.call(JobMapper.class, m -> {
                m.insert(toRow(job));
                return null;
            }));
        } catch (StorageFailure e) {
            if (e.isUniqueViolation() && job.idempotencyKey() != null) {
                throw new DuplicateIdempotencyKey();
            }
            throw e;
        }
    }

    @Override
    public Optional<Job> findById(JobId id) {
        return Optional.ofNullable(sessions.call(JobMapper.class, m -> m.findById(id.value())))
                .map(MyBatisJobRepository::toJob);
    }

    @Override
    public Optional<Job> findByIdempotencyKey(AccountId account, String key) {
        return Optional.ofNullable(sessions.call(JobMapper.class,
                        m -> m.findByIdempotencyKey(account.value(), key)))
                .map(MyBatisJobRepository::toJob);
    }

    @Override
    public List<Job> listByCreation(CreationId creation) {
        return toJobs(sessions.call(JobMapper.class, m -> m.listByCreation(creation.value())));
    }

    @Override
    public List<Job> listFailed(int limit) {
        return toJobs(sessions.call(JobMapper.class, m -> m.listFailed(limit)));
    }

    @Override
    public List<Job> listByAccount(AccountId account) {
        return toJobs(sessions.call(JobMapper.class, m -> m.listByAccount(account.value())));
    }

    @Override
    public int countActive(AccountId account) {
        return sessions.call(JobMapper.class, m -> m.countActive(account.value()));
    }

    @Override
    public Optional<Job> claimNext(String worker, Instant now, Instant leaseUntil) {
        while (true) {
            Claim claim = sessions.inUnit(() -> tryClaim(worker, now, leaseUntil));
            if (claim.job() != null || !claim.sawCandidates()) {
                return Optional.ofNullable(claim.job());
            }
        }
    }

    /** What one claiming round found: the job it took, or whether it saw any to try. */
    private record Claim(Job job, boolean sawCandidates) {
    }

    private Claim tryClaim(String worker, Instant now, Instant leaseUntil) {
        return sessions.call(JobMapper.class, m -> {
            List<String> candidates = m.dueIds(now, CANDIDATES);
            for (String id : candidates) {
                if (m.claim(id, worker, now, leaseUntil) == 1) {
                    return new Claim(toJob(m.findById(id)), true);
                }
            }
            return new Claim(null, !candidates.isEmpty());
        });
    }

    @Override
    public boolean renewLease(JobId id, String worker, Instant leaseUntil) {
        return sessions.call(JobMapper.class,
                m -> m.renewLease(id.value(), worker, leaseUntil)) == 1;
    }

    @Override
    public void recordProgress(JobId id, int progress) {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("Progress runs from 0 to 100: " + progress);
        }
        sessions.call(JobMapper.class, m -> m.recordProgress(id.value(), progress));
    }

    @Override
    public void recordProviderTask(JobId id, String providerTaskId) {
        sessions.call(JobMapper.class, m -> m.recordProviderTask(id.value(), providerTaskId));
    }

    @Override
    public void scheduleRetry(JobId id, String error, Instant nextAttemptAt) {
        sessions.call(JobMapper.class, m -> m.scheduleRetry(id.value(), error, nextAttemptAt));
    }

    @Override
    public boolean finish(JobId id, JobStatus status, String error, Instant now) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("Not a final status: " + status);
        }
        return sessions.call(JobMapper.class,
                m -> m.finish(id.value(), status.name(), error, now)) == 1;
    }

    @Override
    public void deleteAll(AccountId account) {
        sessions.call(JobMapper.class, m -> m.deleteAll(account.value()));
    }

    private static List<Job> toJobs(List<JobRow> rows) {
        return rows.stream().map(MyBatisJobRepository::toJob).toList();
    }

    private static JobRow toRow(Job job) {
        var row = new JobRow();
        row.id = job.id().value();
        row.accountId = job.accountId().value();
        row.creationId = job.creationId().value();
        row.kind = job.kind().name();
        row.shots = job.shots().stream().map(ShotNumber::toString)
                .collect(Collectors.joining(","));
        row.status = job.status().name();
        row.progress = job.progress();
        row.cost = job.cost().amount();
        row.attempts = job.attempts();
        row.error = job.error();
        row.idempotencyKey = job.idempotencyKey();
        row.requestFingerprint = job.requestFingerprint();
        row.leaseOwner = job.leaseOwner();
        row.leaseExpiresAt = job.leaseExpiresAt();
        row.providerTaskId = job.providerTaskId();
        row.nextAttemptAt = job.nextAttemptAt();
        row.createdAt = job.createdAt();
        row.finishedAt = job.finishedAt();
        return row;
    }

    private static Job toJob(JobRow row) {
        List<ShotNumber> shots = row.shots.isEmpty() ? List.of()
                : Arrays.stream(row.shots.split(",")).map(n -> ShotNumber.of(Integer.parseInt(n)))
                        .toList();
        return new Job(new JobId(row.id), new AccountId(row.accountId),
                new CreationId(row.creationId), JobKind.valueOf(row.kind), shots,
                JobStatus.valueOf(row.status), row.progress, Credits.of(row.cost), row.attempts,
                row.error, row.idempotencyKey, row.requestFingerprint, row.leaseOwner,
                row.leaseExpiresAt, row.providerTaskId, row.nextAttemptAt, row.createdAt,
                row.finishedAt);
    }
}
