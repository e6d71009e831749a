package live.mymovie.application.operations;

import java.time.Clock;
import java.time.Duration;

import live.mymovie.application.port.in.RecordRequestsUseCase;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;

/** Writes request-log rows and forgets those older than the retention period. */
public final class RequestLogService implements RecordRequestsUseCase {

    private final RequestLogRepository requestLogs;
    private final Duration retention;
    private final Clock clock;

    public RequestLogService(RequestLogRepository requestLogs, Duration retention, Clock clock) {
        this.requestLogs = requestLogs;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void record(RequestLogEntry entry) {
        requestLogs.append(entry);
    }

    @Override
    public int purgeExpired() {
        return requestLogs.purgeOlderThan(clock.instant().minus(retention));
    }
}
