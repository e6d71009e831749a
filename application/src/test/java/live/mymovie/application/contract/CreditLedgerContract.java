package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;
import live.mymovie.domain.ledger.LedgerLine;

/** What every credit ledger does: append-only entries and a balance that never goes below 0. */
public abstract class CreditLedgerContract {

    private Stores stores;
    private CreditLedger ledger;
    private AccountId account;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
        ledger = stores.ledger();
        Account person = TestData.account();
        stores.accounts().insert(person);
        account = person.id();
    }

    @Test
    void grants_charges_and_refunds_move_the_balance_and_record_it() {
        JobId job = JobId.newId();

        LedgerEntry grant = ledger.grant(LedgerLine.grant(account, Credits.of(100), "Welcome"));
        LedgerEntry charge = ledger.charge(charge(30, job)).orElseThrow();
        LedgerEntry refund = ledger.refund(refund(30, job)).orElseThrow();

        assertEquals(Credits.of(100), grant.balanceAfter());
        assertEquals(Credits.of(70), charge.balanceAfter());
        assertEquals(Credits.of(100), refund.balanceAfter());
        assertEquals(Credits.of(100), ledger.balance(account));
        assertEquals(LedgerEntryKind.CHARGE, charge.kind());
        assertEquals(Credits.of(30), charge.amount());
        assertEquals("Storyboard", charge.note());
        assertEquals(Optional.of(job), charge.job());
    }

    @Test
    void an_account_without_entries_has_a_zero_balance() {
        assertEquals(Credits.ZERO, ledger.balance(AccountId.newId()));
        assertTrue(ledger.entries(AccountId.newId()).isEmpty());
    }

    @Test
    void charging_more_than_the_balance_is_refused_and_writes_nothing() {
        ledger.grant(LedgerLine.grant(account, Credits.of(5), "Welcome"));

        assertTrue(ledger.charge(charge(6, JobId.newId())).isEmpty());

        assertEquals(Credits.of(5), ledger.balance(account));
        assertEquals(1, ledger.entries(account).size());
    }

    @Test
    void fifty_charges_at_once_against_a_balance_for_ten_leave_ten_entries_and_zero()
            throws Exception {
        ledger.grant(LedgerLine.grant(account, Credits.of(100), "Welcome"));

        List<Optional<LedgerEntry>> results = Concurrently.call(50, 50,
                i -> ledger.charge(charge(10, JobId.newId())));

        assertEquals(10, results.stream().filter(Optional::isPresent).count());
        assertEquals(Credits.ZERO, ledger.balance(account));
        List<LedgerEntry> charges = ledger.entries(account).stream()
                .filter(e -> e.kind() == LedgerEntryKind.CHARGE)
                .toList();
        assertEquals(10, charges.size());
        assertEquals(Credits.ZERO, charges.get(0).balanceAfter());
    }

    @Test
    void a_job_is_refunded_only_once() {
        JobId job = JobId.newId();
        ledger.grant(LedgerLine.grant(account, Credits.of(10), "Welcome"));
        ledger.charge(charge(10, job));

        assertTrue(ledger.refund(refund(10, job)).isPresent());
        assertTrue(ledger.refund(refund(10, job)).isEmpty());

        assertEquals(Credits.of(10), ledger.balance(account));
    }

    @Test
    void refunds_of_one_job_at_once_are_written_once() throws Exception {
        JobId job = JobId.newId();
        ledger.grant(LedgerLine.grant(account, Credits.of(10), "Welcome"));
        ledger.charge(charge(10, job));

        List<Optional<LedgerEntry>> results = Concurrently.call(8, 8,
                i -> ledger.refund(refund(10, job)));

        assertEquals(1, results.stream().filter(Optional::isPresent).count());
        assertEquals(Credits.of(10), ledger.balance(account));
        assertEquals(List.of(LedgerEntryKind.CHARGE, LedgerEntryKind.REFUND),
                ledger.entriesOfJob(job).stream().map(LedgerEntry::kind).toList());
    }

    @Test
    void entries_come_newest_first_and_a_job_s_entries_oldest_first() {
        JobId job = JobId.newId();
        LedgerEntry grant = ledger.grant(LedgerLine.grant(account, Credits.of(20), "Welcome"));
        LedgerEntry charge = ledger.charge(charge(4, job)).orElseThrow();
        LedgerEntry other = ledger.charge(charge(3, JobId.newId())).orElseThrow();
        LedgerEntry refund = ledger.refund(refund(4, job)).orElseThrow();

        assertEquals(List.of(refund, other, charge, grant), ledger.entries(account));
        assertEquals(List.of(charge, refund), ledger.entriesOfJob(job));
    }

    @Test
    void deleting_all_removes_entries_and_balance_of_that_account_only() {
        Account other = TestData.account();
        stores.accounts().insert(other);
        ledger.grant(LedgerLine.grant(account, Credits.of(20), "Welcome"));
        ledger.grant(LedgerLine.grant(other.id(), Credits.of(7), "Welcome"));

        ledger.deleteAll(account);

        assertEquals(Credits.ZERO, ledger.balance(account));
        assertTrue(ledger.entries(account).isEmpty());
        assertEquals(Credits.of(7), ledger.balance(other.id()));
        assertEquals(Credits.of(5), ledger.grant(
                LedgerLine.grant(account, Credits.of(5), "Again")).balanceAfter());
    }

    private LedgerLine charge(long amount, JobId job) {
        return LedgerLine.charge(account, Credits.of(amount), "Storyboard", job);
    }

    private LedgerLine refund(long amount, JobId job) {
        return LedgerLine.refund(account, Credits.of(amount), "Refund of a failed storyboard",
                job);
    }
}
