package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerLine;

/** What every unit of work does: all of its writes land together or none does. */
public abstract class TransactionsContract {

    private Stores stores;
    private Account account;
    private Creation creation;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
        account = TestData.account();
        stores.accounts().insert(account);
        creation = TestData.creation(account.id());
        stores.creations().insert(creation);
        stores.ledger().grant(LedgerLine.grant(account.id(), Credits.of(50), "Welcome"));
    }

    @Test
    void a_failed_unit_rolls_back_the_charge_and_the_job_together() {
        Job job = TestData.job(account.id(), creation.id(), 1, 2);
        var failure = new Refusal.MissingInput("No plan yet.");

        var thrown = assertThrows(Refusal.MissingInput.class,
                () -> stores.transactions().run(() -> {
                    stores.ledger().charge(LedgerLine.charge(account.id(), job.cost(),
                            "Storyboard", job.id())).orElseThrow();
                    stores.jobs().insert(job);
                    stores.creations().updateTexts(creation.id(), "Changed", "Changed");
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(Credits.of(50), stores.ledger().balance(account.id()));
        assertEquals(1, stores.ledger().entries(account.id()).size());
        assertTrue(stores.jobs().findById(job.id()).isEmpty());
        assertEquals(creation.title(),
                stores.creations().findById(creation.id()).orElseThrow().title());
    }

    @Test
    void a_completed_unit_keeps_every_write_and_answers_its_result() {
        Job job = TestData.job(account.id(), creation.id(), 1);

        Job answered = stores.transactions().inTransaction(() -> {
            stores.ledger().charge(LedgerLine.charge(account.id(), job.cost(), "Storyboard",
                    job.id())).orElseThrow();
            stores.jobs().insert(job);
            return job;
        });

        assertSame(job, answered);
        assertEquals(Credits.of(48), stores.ledger().balance(account.id()));
        assertEquals(job, stores.jobs().findById(job.id()).orElseThrow());
    }

    @Test
    void a_unit_inside_a_unit_joins_it_and_fails_with_it() {
        Job job = TestData.job(account.id(), creation.id(), 1);

        assertThrows(IllegalStateException.class, () -> stores.transactions().run(() -> {
            stores.transactions().run(() -> stores.jobs().insert(job));
            throw new IllegalStateException("The outer unit fails");
        }));

        assertTrue(stores.jobs().findById(job.id()).isEmpty());
    }

    @Test
    void a_duplicate_key_caught_inside_a_unit_leaves_the_unit_usable() {
        Job first = TestData.job(account.id(), creation.id(), "key", TestData.NOW, 1);
        stores.jobs().insert(first);
        Job second = TestData.job(account.id(), creation.id(), "key", TestData.NOW, 1);

        Job found = stores.transactions().inTransaction(() -> {
            try {
                stores.jobs().insert(second);
                return second;
            } catch (live.mymovie.application.port.out.JobRepository.DuplicateIdempotencyKey e) {
                stores.ledger().grant(LedgerLine.grant(account.id(), Credits.of(1), "Sorry"));
                return stores.jobs().findByIdempotencyKey(account.id(), "key").orElseThrow();
            }
        });

        assertEquals(first, found);
        assertEquals(Credits.of(51), stores.ledger().balance(account.id()));
    }
}
