package live.mymovie.domain.ledger;

import java.util.Objects;

import live.mymovie.domain.Text;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;

/** What to write to the ledger before the ledger knows the balance it leaves. */
public record LedgerLine(
        AccountId accountId, LedgerEntryKind kind, Credits amount, String note, JobId jobId) {

    public LedgerLine {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        note = Text.require(note, "note", 1, LedgerEntry.MAX_NOTE_LENGTH);
        if (kind != LedgerEntryKind.GRANT && jobId == null) {
            throw new IllegalArgumentException("A charge or refund belongs to a job");
        }
    }

    public static LedgerLine grant(AccountId accountId, Credits amount, String note) {
        return new LedgerLine(accountId, LedgerEntryKind.GRANT, amount, note, null);
    }

    public static LedgerLine charge(AccountId accountId, Credits amount, String note, JobId job) {
        return new LedgerLine(accountId, LedgerEntryKind.CHARGE, amount, note, job);
    }

    public static LedgerLine refund(AccountId accountId, Credits amount, String note, JobId job) {
        return new LedgerLine(accountId, LedgerEntryKind.REFUND, amount, note, job);
    }
}
