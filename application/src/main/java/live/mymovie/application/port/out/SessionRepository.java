package live.mymovie.application.port.out;

import java.time.Instant;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;

/**
 * Keeps the server side of sessions, so that a session ended at log-out, password change or
 * deletion is refused even when its signed cookie is replayed.
 */
public interface SessionRepository {

    void insert(SessionRecord session);

    Optional<SessionRecord> find(String sessionId);

    /** Notes activity, which pushes the idle timeout back. */
    void touch(String sessionId, Instant at);

    void delete(String sessionId);

    /** Ends every session of the account, except the one given (null for all). */
    void deleteAllOf(AccountId account, String except);

    /** Removes sessions that expired before the given time. */
    int deleteExpired(Instant before);

    /** One session: who, since when, last activity, and when it ends regardless. */
    record SessionRecord(
            String id, AccountId accountId, Instant createdAt, Instant lastSeenAt,
            Instant expiresAt) {
    }
}
