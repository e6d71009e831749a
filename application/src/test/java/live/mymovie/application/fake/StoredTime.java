package live.mymovie.application.fake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Cuts times to the microsecond, as the database's timestamp columns keep them. */
final class StoredTime {

    private StoredTime() {
    }

    static Instant of(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }
}
