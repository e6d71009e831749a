package live.mymovie.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import live.mymovie.application.port.in.ManageSessionsUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.SessionRepository.SessionRecord;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/**
 * Keeps the server side of sessions. Only a SHA-256 of each session id is stored, so a copy
 * of the database does not hand out live sessions.
 */
public final class SessionService implements ManageSessionsUseCase {

    /** Activity is written at most this often, so reading pages does not write every time. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionRepository sessions;
    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SessionService(SessionRepository sessions, AccountRepository accounts,
            AccountSettings settings, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String startSession(AccountId account) {
        String id = newSessionId();
        Instant now = clock.instant();
        sessions.insert(new SessionRecord(storedId(id), account, now, now,
                now.plus(settings.sessionLifetime())));
        return id;
    }

    @Override
    public Optional<Account> resumeSession(String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) {
            return Optional.empty();
        }
        String stored = storedId(sessionId);
        Instant now = clock.instant();
        return sessions.find(stored)
                .filter(s -> isLive(s, now))
                .flatMap(s -> {
                    touchIfStale(s, now);
                    return accounts.findById(s.accountId());
                });
    }

    private boolean isLive(SessionRecord session, Instant now) {
        return now.isBefore(session.expiresAt())
                && now.isBefore(session.lastSeenAt().plus(settings.sessionIdleTimeout()));
    }

    private void touchIfStale(SessionRecord session, Instant now) {
        if (session.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            sessions.touch(session.id(), now);
        }
    }

    @Override
    public void endSession(String sessionId) {
        if (sessionId != null && !sessionId.isBlank()) {
            sessions.delete(storedId(sessionId));
        }
    }

    private String newSessionId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The form in which a session id is stored: its SHA-256, hex encoded. */
    static String storedId(String sessionId) {
        if (sessionId == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(sessionId.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
