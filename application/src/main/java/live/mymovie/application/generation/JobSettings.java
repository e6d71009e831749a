package live.mymovie.application.generation;

import java.time.Duration;
import java.util.Objects;

/** How jobs are queued, leased and retried. */
public record JobSettings(
        int maxAttempts,
        Duration lease,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        int maxActivePerAccount,
        int frameWidth,
        int frameHeight) {

    public JobSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        if (maxAttempts < 1 || maxActivePerAccount < 1) {
            throw new IllegalArgumentException("Attempts and active jobs must be at least 1");
        }
    }

    public static JobSettings defaults() {
        return new JobSettings(5, Duration.ofSeconds(60), Duration.ofSeconds(2),
                Duration.ofMinutes(5), 20, 1280, 720);
    }
}
