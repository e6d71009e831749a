package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.application.port.out.SessionRepository.SessionRecord;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * Deleting everything of an account through the ports, in the order account deletion uses,
 * leaves nothing of that account behind and leaves other accounts alone.
 */
public abstract class AccountDeletionContract {

    private static final Instant T0 = TestData.NOW;

    private Stores stores;

    /** The ports over one empty store. */
    protected abstract Stores stores();

    /** Checks the store itself for rows of the account; stores that cannot look pass. */
    protected void assertNoRowsLeftOf(AccountId account) {
    }

    @BeforeEach
    void openStore() {
        stores = stores();
    }

    @Test
    void deleting_all_of_an_account_s_rows_leaves_nothing_behind() {
        Account person = storedPersonWithEverything();
        Account other = storedPersonWithEverything();

        deleteEverythingOf(person);

        AccountId id = person.id();
        assertTrue(stores.accounts().findById(id).isEmpty());
        assertTrue(stores.accounts().findByEmail(person.email()).isEmpty());
        assertTrue(stores.creations().listByOwner(id).isEmpty());
        assertTrue(stores.assets().listByOwner(id).isEmpty());
        assertTrue(stores.ledger().entries(id).isEmpty());
        assertEquals(Credits.ZERO, stores.ledger().balance(id));
        assertTrue(stores.jobs().listByAccount(id).isEmpty());
        assertTrue(stores.requestLogs().ofAccount(id).isEmpty());
        assertEquals(2, stores.requestLogs().between(T0, T0, 10).size());
        assertTrue(stores.sessions().find(sessionId(id)).isEmpty());
        assertNoRowsLeftOf(id);
        assertEquals(1, stores.creations().listByOwner(other.id()).size());
        assertEquals(Credits.of(96), stores.ledger().balance(other.id()));
    }

    private void deleteEverythingOf(Account person) {
        AccountId id = person.id();
        stores.transactions().run(() -> {
            stores.jobs().deleteAll(id);
            stores.ledger().deleteAll(id);
            stores.creations().listByOwner(id)
                    .forEach(c -> stores.creations().delete(c.id()));
            stores.assets().listByOwner(id).forEach(a -> stores.assets().delete(a.id()));
            stores.sessions().deleteAllOf(id, null);
            stores.requestLogs().anonymize(id);
            stores.accounts().delete(id);
        });
    }

    private Account storedPersonWithEverything() {
        Account person = TestData.account();
        stores.accounts().insert(person);
        Creation creation = TestData.creation(person.id());
        stores.creations().insert(creation);
        ReferencePhoto keeper = TestData.referencePhoto(person.id(), creation.id(), "Keeper");
        stores.assets().insert(keeper.photo());
        stores.creations().addReference(creation.id(), keeper);
        stores.creations().savePlan(creation.id(), TestData.storyPlan(2));
        MediaAsset frame = TestData.mediaAsset(person.id(), creation.id());
        stores.assets().insert(frame);
        stores.creations().attachFrame(creation.id(), ShotNumber.of(1), frame);
        stores.assets().insert(TestData.mediaAsset(person.id(), creation.id()));
        Job job = TestData.job(person.id(), creation.id(), "key", T0, 1, 2);
        stores.ledger().grant(LedgerLine.grant(person.id(), Credits.of(100), "Welcome"));
        stores.ledger().charge(LedgerLine.charge(person.id(), job.cost(), "Storyboard",
                job.id()));
        stores.jobs().insert(job);
        stores.sessions().insert(new SessionRecord(sessionId(person.id()),
                person.id(), T0, T0, T0.plusSeconds(3600)));
        stores.requestLogs().append(new RequestLogEntry(T0, "198.51.100.4", "GET", "/", 200, 3,
                person.id()));
        return person;
    }

    private static String sessionId(AccountId account) {
        return "session-" + account.value();
    }
}
