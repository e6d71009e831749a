package live.mymovie.domain.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import live.mymovie.domain.Ids;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;

/** One line of a person's credit ledger: a grant, a charge or a refund, never changed. */
public record LedgerEntry(
        String id,
        AccountId accountId,
        LedgerEntryKind kind,
        Credits amount,
        Credits balanceAfter,
        String note,
        Instant createdAt,
        JobId jobId) {

    public static final int MAX_NOTE_LENGTH = 200;

    public LedgerEntry {
        Ids.require(id, "Ledger entry");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(createdAt, "createdAt");
        if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A ledger entry needs a short note");
        }
        if (kind != LedgerEntryKind.GRANT && jobId == null) {
            throw new IllegalArgumentException("A charge or refund belongs to a job");
        }
    }

    public Optional<JobId> job() {
        return Optional.ofNullable(jobId);
    }
}
