package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.account.AccountId;

/** What every request log does: keep short rows, find them by time, forget and anonymize. */
public abstract class RequestLogRepositoryContract {

    private static final Instant T0 = TestData.NOW;

    private RequestLogRepository log;
    private final AccountId account = AccountId.newId();

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        log = stores().requestLogs();
    }

    @Test
    void rows_between_two_times_come_newest_first_up_to_the_limit() {
        RequestLogEntry before = row(T0.minusSeconds(1), account);
        RequestLogEntry first = row(T0, account);
        RequestLogEntry second = row(T0.plusSeconds(30), null);
        RequestLogEntry last = row(T0.plusSeconds(60), account);
        RequestLogEntry after = row(T0.plusSeconds(61), null);
        List.of(first, last, before, after, second).forEach(log::append);

        assertEquals(List.of(last, second, first), log.between(T0, T0.plusSeconds(60), 10));
        assertEquals(List.of(last, second), log.between(T0, T0.plusSeconds(60), 2));
        assertEquals(List.of(last, first, before), log.ofAccount(account));
    }

    @Test
    void rows_older_than_the_cutoff_are_purged_and_counted() {
        RequestLogEntry old = row(T0.minusSeconds(91L * 24 * 3600), account);
        RequestLogEntry recent = row(T0, account);
        log.append(old);
        log.append(recent);

        assertEquals(1, log.purgeOlderThan(T0.minusSeconds(90L * 24 * 3600)));

        assertEquals(List.of(recent), log.ofAccount(account));
    }

    @Test
    void anonymized_rows_stay_without_the_account() {
        RequestLogEntry mine = row(T0, account);
        RequestLogEntry theirs = row(T0.plusSeconds(1), AccountId.newId());
        log.append(mine);
        log.append(theirs);

        log.anonymize(account);

        assertTrue(log.ofAccount(account).isEmpty());
        assertEquals(List.of(theirs, row(T0, null)), log.between(T0, T0.plusSeconds(1), 10));
    }

    private static RequestLogEntry row(Instant at, AccountId account) {
        return new RequestLogEntry(at, "203.0.113.7", "POST", "/api/v1/creations", 201, 42,
                account);
    }
}
