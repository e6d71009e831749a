package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import live.mymovie.application.contract.Concurrently;
import live.mymovie.application.contract.Stores;
import live.mymovie.application.fake.TestData;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerLine;

/**
 * Two service instances, each with its own connection pool, share one PostgreSQL database:
 * they never claim the same job and never take the balance below zero together.
 */
class PostgreSQLTwoInstancesTest {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgreSQL();

    private Stores stores;
    private Database second;
    private Account account;
    private Creation creation;

    @BeforeEach
    void openSecondInstance() {
        stores = database.freshStores();
        second = Database.open(database.settings(), database.encryption());
        account = TestData.account();
        stores.accounts().insert(account);
        creation = TestData.creation(account.id());
        stores.creations().insert(creation);
    }

    @AfterEach
    void closeSecondInstance() {
        second.close();
    }

    @Test
    void workers_of_two_instances_claim_each_job_exactly_once() throws Exception {
        IntStream.range(0, 100).forEach(i -> stores.jobs().insert(
                TestData.job(account.id(), creation.id(), null, TestData.NOW.plusMillis(i), 1)));
        var instances = List.of(database.database().jobs(), second.jobs());

        List<List<JobId>> claimed = Concurrently.call(4, 4, worker -> {
            var jobs = instances.get(worker % 2);
            var mine = new ArrayList<JobId>();
            Optional<Job> next;
            while ((next = jobs.claimNext("worker-" + worker, TestData.NOW.plusSeconds(60),
                    TestData.NOW.plusSeconds(600))).isPresent()) {
                mine.add(next.get().id());
            }
            return mine;
        });

        List<JobId> all = claimed.stream().flatMap(List::stream).toList();
        assertEquals(100, all.size());
        assertEquals(100, new HashSet<>(all).size());
    }

    @Test
    void charges_from_two_instances_never_overdraw_the_balance() throws Exception {
        stores.ledger().grant(LedgerLine.grant(account.id(), Credits.of(50), "Welcome"));
        var ledgers = List.of(database.database().ledger(), second.ledger());

        List<Optional<LedgerEntry>> charges = Concurrently.call(20, 10, i ->
                ledgers.get(i % 2).charge(LedgerLine.charge(account.id(), Credits.of(10),
                        "Animation", JobId.newId())));

        assertEquals(5, charges.stream().filter(Optional::isPresent).count());
        assertEquals(Credits.ZERO, stores.ledger().balance(account.id()));
    }
}
