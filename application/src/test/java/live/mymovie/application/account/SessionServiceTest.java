package live.mymovie.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.domain.account.Account;

/** Sessions: started, resumed and ended, refused when idle or too old, stored as a hash. */
class SessionServiceTest {

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account account = app.signUp("ada@example.com");

    @Test
    void a_started_session_resumes_as_its_account() {
        String session = app.sessions.startSession(account.id());

        assertEquals(account.id(), app.sessions.resumeSession(session).orElseThrow().id());
    }

    @Test
    void an_ended_session_no_longer_resumes() {
        String session = app.sessions.startSession(account.id());

        app.sessions.endSession(session);

        assertTrue(app.sessions.resumeSession(session).isEmpty());
    }

    @Test
    void an_unknown_blank_or_absurdly_long_session_id_resumes_nothing() {
        app.sessions.startSession(account.id());

        assertTrue(app.sessions.resumeSession("no-such-session").isEmpty());
        assertTrue(app.sessions.resumeSession(" ").isEmpty());
        assertTrue(app.sessions.resumeSession(null).isEmpty());
        assertTrue(app.sessions.resumeSession("x".repeat(101)).isEmpty());
    }

    @Test
    void only_a_hash_of_the_session_id_is_stored() {
        String session = app.sessions.startSession(account.id());

        assertTrue(app.stores.sessions().find(session).isEmpty());
        var stored = app.stores.sessions().find(SessionService.storedId(session)).orElseThrow();
        assertNotEquals(session, stored.id());
        assertFalse(stored.id().contains(session));
        assertEquals(64, stored.id().length());
    }

    @Test
    void a_session_idle_for_longer_than_the_idle_timeout_is_refused() {
        String session = app.sessions.startSession(account.id());

        app.clock.advance(app.accountSettings.sessionIdleTimeout().plusSeconds(1));

        assertTrue(app.sessions.resumeSession(session).isEmpty());
    }

    @Test
    void activity_pushes_the_idle_timeout_back() {
        String session = app.sessions.startSession(account.id());
        Duration almostIdle = app.accountSettings.sessionIdleTimeout().minusMinutes(5);

        app.clock.advance(almostIdle);
        assertTrue(app.sessions.resumeSession(session).isPresent());
        app.clock.advance(almostIdle);

        assertTrue(app.sessions.resumeSession(session).isPresent());
    }

    @Test
    void a_session_past_its_absolute_lifetime_is_refused_even_when_active() {
        String session = app.sessions.startSession(account.id());
        Duration step = app.accountSettings.sessionIdleTimeout().dividedBy(2);
        Duration lived = Duration.ZERO;

        while (lived.plus(step).compareTo(app.accountSettings.sessionLifetime()) < 0) {
            app.clock.advance(step);
            lived = lived.plus(step);
            assertTrue(app.sessions.resumeSession(session).isPresent());
        }
        app.clock.advance(app.accountSettings.sessionLifetime().minus(lived));

        assertTrue(app.sessions.resumeSession(session).isEmpty());
    }

    @Test
    void a_session_of_a_deleted_account_resumes_nothing() {
        String session = app.sessions.startSession(account.id());

        app.deletion.deleteOwnAccount(account.id(), InMemoryApplication.PASSWORD);

        assertTrue(app.sessions.resumeSession(session).isEmpty());
    }
}
