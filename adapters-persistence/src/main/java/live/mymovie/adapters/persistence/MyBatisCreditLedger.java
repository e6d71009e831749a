package live.mymovie.adapters.persistence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import live.mymovie.adapters.persistence.LedgerMapper.LedgerEntryRow;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.domain.Ids;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * The credit ledger on the database. Every write first locks the account's balance row, so
 * writes for one account run one after another even across service instances; the balance
 * column cannot go below zero and a job's refund is unique.
 */
public final class MyBatisCreditLedger implements CreditLedger {

    private final MyBatisSessions sessions;
    private final Clock clock;

    MyBatisCreditLedger(MyBatisSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public LedgerEntry grant(LedgerLine grant) {
        requireKind(grant, LedgerEntryKind.GRANT);
        return write(grant, m -> {
            m.add(grant.accountId().value(), grant.amount().amount());
            return true;
        }).orElseThrow();
    }

    @Override
    public Optional<LedgerEntry> charge(LedgerLine charge) {
        requireKind(charge, LedgerEntryKind.CHARGE);
        return write(charge,
                m -> m.take(charge.accountId().value(), charge.amount().amount()) == 1);
    }

    @Override
    public Optional<LedgerEntry> refund(LedgerLine refund) {
        requireKind(refund, LedgerEntryKind.REFUND);
        return write(refund, m -> {
            if (m.refundsOf(refund.jobId().value()) > 0) {
                return false;
            }
            m.add(refund.accountId().value(), refund.amount().amount());
            return true;
        });
    }

    @Override
    public Credits balance(AccountId account) {
        Long balance = sessions.call(LedgerMapper.class, m -> m.balance(account.value()));
        return Credits.of(balance == null ? 0 : balance);
    }

    @Override
    public List<LedgerEntry> entries(AccountId account) {
        return sessions.call(LedgerMapper.class, m -> m.entries(account.value())).stream()
                .map(MyBatisCreditLedger::toEntry)
                .toList();
    }

    @Override
    public List<LedgerEntry> entriesOfJob(JobId job) {
        return sessions.call(LedgerMapper.class, m -> m.entriesOfJob(job.value())).stream()
                .map(MyBatisCreditLedger::toEntry)
                .toList();
    }

    @Override
    public void deleteAll(AccountId account) {
        sessions.inUnit(() -> sessions.call(LedgerMapper.class, m -> {
            m.deleteEntries(account.value());
            return m.deleteBalance(account.value());
        }));
    }

    /**
     * Locks the balance row, lets the change decide whether to go on, and appends the entry
     * with the balance it left.
     */
    private Optional<LedgerEntry> write(
            LedgerLine line, Predicate<LedgerMapper> change) {
        String account = line.accountId().value();
        return sessions.inUnit(() -> sessions.call(LedgerMapper.class, m -> {
            if (m.lockBalance(account) == null) {
                m.ensureBalance(account);
                m.lockBalance(account);
            }
            if (!change.test(m)) {
                return Optional.empty();
            }
            LedgerEntryRow row = toRow(line, m.balance(account));
            m.insert(row);
            return Optional.of(toEntry(row));
        }));
    }

    private LedgerEntryRow toRow(LedgerLine line, long balanceAfter) {
        var row = new LedgerEntryRow();
        row.id = Ids.newId();
        row.accountId = line.accountId().value();
        row.kind = line.kind().name();
        row.amount = line.amount().amount();
        row.balanceAfter = balanceAfter;
        row.note = line.note();
        row.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        row.jobId = line.jobId() == null ? null : line.jobId().value();
        row.refundedJobId = line.kind() == LedgerEntryKind.REFUND ? row.jobId : null;
        return row;
    }

    private static LedgerEntry toEntry(LedgerEntryRow row) {
        return new LedgerEntry(row.id, new AccountId(row.accountId),
                LedgerEntryKind.valueOf(row.kind), Credits.of(row.amount),
                Credits.of(row.balanceAfter), row.note, row.createdAt,
                row.jobId == null ? null : new JobId(row.jobId));
    }

    private static void requireKind(LedgerLine line, LedgerEntryKind kind) {
        if (line.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " line: " + line.kind());
        }
    }
}
