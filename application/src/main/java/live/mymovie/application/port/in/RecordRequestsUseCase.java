package live.mymovie.application.port.in;

import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;

/** Keeps the request log and forgets rows past the retention period. */
public interface RecordRequestsUseCase {

    void record(RequestLogEntry entry);

    /** Removes rows older than the retention period and answers how many. */
    int purgeExpired();
}
