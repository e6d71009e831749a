package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.Optional;

import live.mymovie.adapters.persistence.SessionMapper.SessionRow;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.domain.account.AccountId;

/** Keeps the server side of sessions in the sessions table. */
public final class MyBatisSessionRepository implements SessionRepository {

    private final MyBatisSessions sessions;

    MyBatisSessionRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void insert(SessionRecord session) {
        var row = new SessionRow();
        row.id = session.id();
        row.accountId = session.accountId().value();
        row.createdAt = session.createdAt();
        row.lastSeenAt = session.lastSeenAt();
        row.expiresAt = session.expiresAt();
        sessions.call(SessionMapper.class, m -> {
            m.insert(row);
            return null;
        });
    }

    @Override
    public Optional<SessionRecord> find(String sessionId) {
        return Optional.ofNullable(sessions.call(SessionMapper.class, m -> m.find(sessionId)))
                .map(r -> new SessionRecord(r.id, new AccountId(r.accountId), r.createdAt,
                        r.lastSeenAt, r.expiresAt));
    }

    @Override
    public void touch(String sessionId, Instant at) {
        sessions.call(SessionMapper.class, m -> m.touch(sessionId, at));
    }

    @Override
    public void delete(String sessionId) {
        sessions.call(SessionMapper.class, m -> m.delete(sessionId));
    }

    @Override
    public void deleteAllOf(AccountId account, String except) {
        sessions.call(SessionMapper.class, m -> except == null
                ? m.deleteAllOf(account.value())
                : m.deleteAllOfExcept(account.value(), except));
    }

    @Override
    public int deleteExpired(Instant before) {
        return sessions.call(SessionMapper.class, m -> m.deleteExpired(before));
    }
}
