package live.mymovie.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;

/** The request log forgets rows once they are older than the retention period. */
class RequestLogServiceTest {

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void rows_older_than_the_retention_are_purged_and_newer_ones_kept() {
        Instant start = app.clock.instant();
        record(start, "/old");
        record(start.plus(Duration.ofDays(1)), "/day-one");
        record(start.plus(Duration.ofDays(2)), "/day-two");
        app.clock.set(start.plus(InMemoryApplication.RETENTION).plus(Duration.ofDays(1))
                .plusSeconds(1));

        int purged = app.requestLogs.purgeExpired();

        assertEquals(2, purged);
        assertEquals(List.of("/day-two"), paths());
    }

    @Test
    void a_row_exactly_as_old_as_the_retention_is_kept() {
        Instant start = app.clock.instant();
        record(start, "/edge");
        app.clock.set(start.plus(InMemoryApplication.RETENTION));

        assertEquals(0, app.requestLogs.purgeExpired());
        assertEquals(List.of("/edge"), paths());
    }

    @Test
    void purging_within_the_retention_removes_nothing() {
        record(app.clock.instant(), "/fresh");
        app.clock.advance(Duration.ofDays(3));

        assertEquals(0, app.requestLogs.purgeExpired());
        assertEquals(List.of("/fresh"), paths());
    }

    private void record(Instant at, String path) {
        app.requestLogs.record(new RequestLogEntry(at, "127.0.0.1", "GET", path, 200, 4,
                null));
    }

    private List<String> paths() {
        return app.stores.requestLogs().between(Instant.EPOCH, app.clock.instant(), 100)
                .stream().map(RequestLogEntry::path).toList();
    }
}
