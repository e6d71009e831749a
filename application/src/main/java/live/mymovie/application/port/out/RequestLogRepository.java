package live.mymovie.application.port.out;

import java.time.Instant;
import java.util.List;

import live.mymovie.domain.account.AccountId;

/** Keeps the request log: one short row per HTTP request, for debugging and abuse. */
public interface RequestLogRepository {

    void append(RequestLogEntry entry);

    /** Rows between the two times, newest first, at most {@code limit}. */
    List<RequestLogEntry> between(Instant from, Instant to, int limit);

    List<RequestLogEntry> ofAccount(AccountId account);

    /** Removes rows older than the given time and answers how many. */
    int purgeOlderThan(Instant cutoff);

    /** Drops the account id from the account's rows, which stay as anonymous log lines. */
    void anonymize(AccountId account);

    /** One request: when, from where, what, the answer and how long it took. */
    record RequestLogEntry(
            Instant at, String ip, String method, String path, int status, long millis,
            AccountId accountId) {
    }
}
