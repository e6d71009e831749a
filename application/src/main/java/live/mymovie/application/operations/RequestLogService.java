package live.mymovie.application.operations;

import java.time.Clock;
import java.time.Duration;

import live.mymovie.application.port.in.RecordRequestsUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;

/** Writes request-log rows and forgets those older than the retention period. */
public final class RequestLogService implements RecordRequestsUseCase {

    private final RequestLogRepository requestLogs;
    private final AccountRepository accounts;
    private final Duration retention;
    private final Clock clock;

    public RequestLogService(RequestLogRepository requestLogs, AccountRepository accounts,
            Duration retention, Clock clock) {
        this.requestLogs = requestLogs;
        this.accounts = accounts;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void record(RequestLogEntry entry) {
        requestLogs.append(withoutDeletedAccount(entry));
    }

    /**
     * The request that deleted an account is logged after the deletion: its row must not
     * bring the account id back, so a row of an account that no longer exists is anonymous.
     */
    private RequestLogEntry withoutDeletedAccount(RequestLogEntry entry) {
        if (entry.accountId() == null || accounts.findById(entry.accountId()).isPresent()) {
            return entry;
        }
        return new RequestLogEntry(entry.at(), entry.ip(), entry.method(), entry.path(),
                entry.status(), entry.millis(), null);
    }

    @Override
    public int purgeExpired() {
        return requestLogs.purgeOlderThan(clock.instant().minus(retention));
    }
}
