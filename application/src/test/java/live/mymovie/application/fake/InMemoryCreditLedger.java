package live.mymovie.application.fake;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.domain.Ids;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;
import live.mymovie.domain.ledger.LedgerLine;

/** An append-only credit ledger in memory, with the database's balance and refund rules. */
public final class InMemoryCreditLedger
        implements CreditLedger, InMemoryTransactions.Snapshotting {

    private final InMemoryTransactions transactions;
    private final Clock clock;
    private final Map<AccountId, Long> balances = new HashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();

    public InMemoryCreditLedger() {
        this(new InMemoryTransactions(), Clock.systemUTC());
    }

    public InMemoryCreditLedger(InMemoryTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        transactions.enlist(this);
    }

    @Override
    public LedgerEntry grant(LedgerLine grant) {
        requireKind(grant, LedgerEntryKind.GRANT);
        return transactions.locked(() -> append(grant));
    }

    @Override
    public Optional<LedgerEntry> charge(LedgerLine charge) {
        requireKind(charge, LedgerEntryKind.CHARGE);
        return transactions.locked(() -> {
            long balance = balances.getOrDefault(charge.accountId(), 0L);
            return balance < charge.amount().amount()
                    ? Optional.empty()
                    : Optional.of(append(charge));
        });
    }

    @Override
    public Optional<LedgerEntry> refund(LedgerLine refund) {
        requireKind(refund, LedgerEntryKind.REFUND);
        return transactions.locked(() -> {
            boolean refunded = entries.stream().anyMatch(e -> e.kind() == LedgerEntryKind.REFUND
                    && e.jobId().equals(refund.jobId()));
            return refunded ? Optional.empty() : Optional.of(append(refund));
        });
    }

    @Override
    public Credits balance(AccountId account) {
        return transactions.locked(() -> Credits.of(balances.getOrDefault(account, 0L)));
    }

    @Override
    public List<LedgerEntry> entries(AccountId account) {
        return transactions.locked(() -> entries.reversed().stream()
                .filter(e -> e.accountId().equals(account))
                .toList());
    }

    @Override
    public List<LedgerEntry> entriesOfJob(JobId job) {
        return transactions.locked(() -> entries.stream()
                .filter(e -> job.equals(e.jobId()))
                .toList());
    }

    @Override
    public void deleteAll(AccountId account) {
        transactions.locked(() -> {
            balances.remove(account);
            entries.removeIf(e -> e.accountId().equals(account));
        });
    }

    @Override
    public Runnable snapshot() {
        var balancesCopy = new HashMap<>(balances);
        var entriesCopy = new ArrayList<>(entries);
        return () -> {
            balances.clear();
            balances.putAll(balancesCopy);
            entries.clear();
            entries.addAll(entriesCopy);
        };
    }

    private LedgerEntry append(LedgerLine line) {
        long after = balances.getOrDefault(line.accountId(), 0L)
                + line.kind().signed(line.amount());
        var entry = new LedgerEntry(Ids.newId(), line.accountId(), line.kind(), line.amount(),
                Credits.of(after), line.note(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                line.jobId());
        balances.put(line.accountId(), after);
        entries.add(entry);
        return entry;
    }

    private static void requireKind(LedgerLine line, LedgerEntryKind kind) {
        if (line.kind() != kind) {
            throw new IllegalArgumentException("Expected a " + kind + " line: " + line.kind());
        }
    }
}
