package live.mymovie.adapters.web;

import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import live.mymovie.application.port.in.AdministerAccountsUseCase;
import live.mymovie.application.port.in.ChangePasswordUseCase;
import live.mymovie.application.port.in.DeleteAccountUseCase;
import live.mymovie.application.port.in.EditProfileUseCase;
import live.mymovie.application.port.in.ExportDataUseCase;
import live.mymovie.application.port.in.LogInUseCase;
import live.mymovie.application.port.in.ManageCreationsUseCase;
import live.mymovie.application.port.in.ManageSessionsUseCase;
import live.mymovie.application.port.in.OpenMediaUseCase;
import live.mymovie.application.port.in.RecordRequestsUseCase;
import live.mymovie.application.port.in.RequestGenerationUseCase;
import live.mymovie.application.port.in.ShowAccountUseCase;
import live.mymovie.application.port.in.SignUpUseCase;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** Mocks of every use case, plus an in-memory session port, for one test class's server. */
final class TestPorts {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    final SignUpUseCase signUp = mock(SignUpUseCase.class);
    final LogInUseCase logIn = mock(LogInUseCase.class);
    final FakeSessions sessions = new FakeSessions();
    final ShowAccountUseCase showAccount = mock(ShowAccountUseCase.class);
    final EditProfileUseCase editProfile = mock(EditProfileUseCase.class);
    final ChangePasswordUseCase changePassword = mock(ChangePasswordUseCase.class);
    final DeleteAccountUseCase deleteAccount = mock(DeleteAccountUseCase.class);
    final ExportDataUseCase exportData = mock(ExportDataUseCase.class);
    final ManageCreationsUseCase creations = mock(ManageCreationsUseCase.class);
    final RequestGenerationUseCase generation = mock(RequestGenerationUseCase.class);
    final OpenMediaUseCase media = mock(OpenMediaUseCase.class);
    final AdministerAccountsUseCase administration = mock(AdministerAccountsUseCase.class);
    final RecordRequestsUseCase requestLog = mock(RecordRequestsUseCase.class);
    final AtomicBoolean databaseUp = new AtomicBoolean(true);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    /**
     * Settings for a site at the given public address: small body limits, quick event
     * streams, and budgets no test of one class exhausts (the clock stands still).
     */
    static WebSettings settings(String publicUrl) {
        var plenty = WebSettings.RateLimit.of(10_000, Duration.ofMinutes(1));
        return WebSettings.defaults(URI.create(publicUrl),
                        List.of("a-test-session-key-of-32-characters!",
                                "an-older-key-still-verifying-32chars"))
                .withRateLimits(new WebSettings.RateLimits(plenty, plenty, plenty, plenty,
                        plenty, plenty))
                .withUploadLimit(64 * 1024)
                .withEventTiming(Duration.ofMillis(40), Duration.ofMillis(400));
    }

    WebPorts web() {
        return new WebPorts(signUp, logIn, sessions, showAccount, editProfile, changePassword,
                deleteAccount, exportData, creations, generation, media, administration,
                requestLog, databaseUp::get, clock);
    }

    /** Forgets every stub, call and session of the previous test. */
    void reset() {
        org.mockito.Mockito.reset(signUp, logIn, showAccount, editProfile, changePassword,
                deleteAccount, exportData, creations, generation, media, administration,
                requestLog);
        sessions.clear();
        databaseUp.set(true);
    }

    /** Sessions kept in memory, standing in for the session use case. */
    static final class FakeSessions implements ManageSessionsUseCase {
        private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();
        private final Map<String, AccountId> live = new ConcurrentHashMap<>();
        private final AtomicInteger counter = new AtomicInteger();

        void knows(Account account) {
            accounts.put(account.id(), account);
        }

        int liveCount() {
            return live.size();
        }

        void clear() {
            accounts.clear();
            live.clear();
        }

        @Override
        public String startSession(AccountId account) {
            String id = "session-" + counter.incrementAndGet();
            live.put(id, account);
            return id;
        }

        @Override
        public Optional<Account> resumeSession(String sessionId) {
            return Optional.ofNullable(live.get(sessionId)).map(accounts::get);
        }

        @Override
        public void endSession(String sessionId) {
            live.remove(sessionId);
        }
    }
}
