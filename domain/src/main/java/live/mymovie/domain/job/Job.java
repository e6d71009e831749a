package live.mymovie.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.ledger.Credits;

/**
 * A paid request for one pipeline step, kept until it succeeds, fails for good or is
 * cancelled. Workers lease it while they run it, so a crashed worker's job is taken up again.
 */
public record Job(
        JobId id,
        AccountId accountId,
        CreationId creationId,
        JobKind kind,
        List<ShotNumber> shots,
        JobStatus status,
        int progress,
        Credits cost,
        int attempts,
        String error,
        String idempotencyKey,
        String requestFingerprint,
        String leaseOwner,
        Instant leaseExpiresAt,
        String providerTaskId,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant finishedAt) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(creationId, "creationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        shots = List.copyOf(shots);
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("Progress runs from 0 to 100: " + progress);
        }
    }

    /** A new job, queued to run at once. */
    public static Job queue(JobRequest request, Credits cost, Instant now) {
        return new Job(JobId.newId(), request.accountId(), request.creationId(),
                request.kind(), request.shots(), JobStatus.QUEUED, 0, cost, 0, null,
                request.idempotencyKey(), request.fingerprint(), null, null, null, now, now,
                null);
    }

    public Optional<String> errorMessage() {
        return Optional.ofNullable(error);
    }

    public Optional<String> providerTask() {
        return Optional.ofNullable(providerTaskId);
    }

    public Optional<Instant> finished() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean belongsTo(AccountId account) {
        return accountId.equals(account);
    }

    /** The single shot an animation job is for. */
    public ShotNumber shot() {
        if (shots.size() != 1) {
            throw new IllegalStateException("Job " + id + " is not for a single shot");
        }
        return shots.get(0);
    }
}
