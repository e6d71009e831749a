package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.SessionRepository.SessionRecord;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** What every keeper of server-side sessions does. */
public abstract class SessionRepositoryContract {

    private static final Instant T0 = TestData.NOW;

    private Stores stores;
    private SessionRepository sessions;
    private AccountId account;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
        sessions = stores.sessions();
        account = storedAccount();
    }

    @Test
    void a_session_is_found_and_touched() {
        SessionRecord session = session(account, T0.plusSeconds(3600));
        sessions.insert(session);

        sessions.touch(session.id(), T0.plusSeconds(60));

        assertEquals(new SessionRecord(session.id(), account, T0, T0.plusSeconds(60),
                T0.plusSeconds(3600)), sessions.find(session.id()).orElseThrow());
        assertTrue(sessions.find("no-such-session").isEmpty());
    }

    @Test
    void a_deleted_session_is_gone() {
        SessionRecord session = session(account, T0.plusSeconds(3600));
        sessions.insert(session);

        sessions.delete(session.id());

        assertTrue(sessions.find(session.id()).isEmpty());
    }

    @Test
    void ending_all_sessions_of_an_account_keeps_the_one_excepted_and_other_accounts() {
        SessionRecord kept = session(account, T0.plusSeconds(3600));
        SessionRecord ended = session(account, T0.plusSeconds(3600));
        SessionRecord stranger = session(storedAccount(), T0.plusSeconds(3600));
        sessions.insert(kept);
        sessions.insert(ended);
        sessions.insert(stranger);

        sessions.deleteAllOf(account, kept.id());

        assertTrue(sessions.find(kept.id()).isPresent());
        assertTrue(sessions.find(ended.id()).isEmpty());
        assertTrue(sessions.find(stranger.id()).isPresent());
        sessions.deleteAllOf(account, null);
        assertTrue(sessions.find(kept.id()).isEmpty());
    }

    @Test
    void expired_sessions_are_removed_and_counted() {
        SessionRecord expired = session(account, T0.plusSeconds(10));
        SessionRecord live = session(account, T0.plusSeconds(100));
        sessions.insert(expired);
        sessions.insert(live);

        assertEquals(1, sessions.deleteExpired(T0.plusSeconds(50)));

        assertTrue(sessions.find(expired.id()).isEmpty());
        assertTrue(sessions.find(live.id()).isPresent());
    }

    private AccountId storedAccount() {
        Account person = TestData.account();
        stores.accounts().insert(person);
        return person.id();
    }

    private static SessionRecord session(AccountId account, Instant expiresAt) {
        String id = UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        return new SessionRecord(id, account, T0, T0, expiresAt);
    }
}
