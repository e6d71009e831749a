package live.mymovie.domain.job;

import java.util.List;
import java.util.Objects;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ShotNumber;

/**
 * What a person asked for: a step of one creation, for some shots, optionally with an
 * idempotency key so that a repeated request finds the first job instead of paying twice.
 */
public record JobRequest(
        AccountId accountId,
        CreationId creationId,
        JobKind kind,
        List<ShotNumber> shots,
        String idempotencyKey) {

    public static final int MAX_KEY_LENGTH = 200;

    public JobRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(creationId, "creationId");
        Objects.requireNonNull(kind, "kind");
        shots = shots.stream().distinct().sorted().toList();
        if (idempotencyKey != null) {
            idempotencyKey = idempotencyKey.strip();
            if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY_LENGTH) {
                throw live.mymovie.domain.Refusal.InvalidInput.of("Idempotency-Key",
                        "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters.");
            }
        }
    }

    /** Tells two requests under one idempotency key apart: same step, creation and shots. */
    public String fingerprint() {
        return kind + ":" + creationId.value() + ":" + shots;
    }
}
