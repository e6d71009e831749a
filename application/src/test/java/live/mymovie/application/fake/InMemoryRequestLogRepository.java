package live.mymovie.application.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.domain.account.AccountId;

/** Keeps the request log in memory. */
public final class InMemoryRequestLogRepository
        implements RequestLogRepository, InMemoryTransactions.Snapshotting {

    private static final Comparator<RequestLogEntry> NEWEST_FIRST =
            Comparator.comparing(RequestLogEntry::at).reversed();

    private final InMemoryTransactions transactions;
    private final List<RequestLogEntry> rows = new ArrayList<>();

    public InMemoryRequestLogRepository() {
        this(new InMemoryTransactions());
    }

    public InMemoryRequestLogRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    @Override
    public void append(RequestLogEntry entry) {
        transactions.locked(() -> {
            rows.add(new RequestLogEntry(StoredTime.of(entry.at()), entry.ip(), entry.method(),
                    entry.path(), entry.status(), entry.millis(), entry.accountId()));
        });
    }

    @Override
    public List<RequestLogEntry> between(Instant from, Instant to, int limit) {
        return transactions.locked(() -> rows.reversed().stream()
                .filter(r -> !r.at().isBefore(StoredTime.of(from))
                        && !r.at().isAfter(StoredTime.of(to)))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList());
    }

    @Override
    public List<RequestLogEntry> ofAccount(AccountId account) {
        return transactions.locked(() -> rows.reversed().stream()
                .filter(r -> account.equals(r.accountId()))
                .sorted(NEWEST_FIRST)
                .toList());
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return transactions.locked(() -> {
            int size = rows.size();
            rows.removeIf(r -> r.at().isBefore(StoredTime.of(cutoff)));
            return size - rows.size();
        });
    }

    @Override
    public void anonymize(AccountId account) {
        transactions.locked(() -> {
            rows.replaceAll(r -> account.equals(r.accountId())
                    ? new RequestLogEntry(r.at(), r.ip(), r.method(), r.path(), r.status(),
                            r.millis(), null)
                    : r);
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new ArrayList<>(rows);
        return () -> {
            rows.clear();
            rows.addAll(copy);
        };
    }
}
