package live.mymovie.application.fake;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.domain.account.AccountId;

/** Keeps the server side of sessions in memory. */
public final class InMemorySessionRepository
        implements SessionRepository, InMemoryTransactions.Snapshotting {

    private final InMemoryTransactions transactions;
    private final Map<String, SessionRecord> sessions = new HashMap<>();

    public InMemorySessionRepository() {
        this(new InMemoryTransactions());
    }

    public InMemorySessionRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    @Override
    public void insert(SessionRecord given) {
        var session = new SessionRecord(given.id(), given.accountId(),
                StoredTime.of(given.createdAt()), StoredTime.of(given.lastSeenAt()),
                StoredTime.of(given.expiresAt()));
        transactions.locked(() -> {
            if (sessions.putIfAbsent(session.id(), session) != null) {
                throw new IllegalStateException("Session exists");
            }
        });
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        return transactions.locked(() -> Optional.ofNullable(sessions.get(sessionId)));
    }

    @Override
    public void touch(String sessionId, Instant at) {
        transactions.locked(() -> {
            sessions.computeIfPresent(sessionId, (id, s) -> new SessionRecord(s.id(),
                    s.accountId(), s.createdAt(), StoredTime.of(at), s.expiresAt()));
        });
    }

    @Override
    public void delete(String sessionId) {
        transactions.locked(() -> {
            sessions.remove(sessionId);
        });
    }

    @Override
    public void deleteAllOf(AccountId account, String except) {
        transactions.locked(() -> {
            sessions.values().removeIf(s -> s.accountId().equals(account)
                    && !s.id().equals(except));
        });
    }

    @Override
    public int deleteExpired(Instant before) {
        return transactions.locked(() -> {
            int size = sessions.size();
            sessions.values().removeIf(s -> s.expiresAt().isBefore(StoredTime.of(before)));
            return size - sessions.size();
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new HashMap<>(sessions);
        return () -> {
            sessions.clear();
            sessions.putAll(copy);
        };
    }
}
