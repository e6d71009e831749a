package live.mymovie.adapters.ai.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient one provider client is: connect and whole-call timeouts, and how many quick
 * retries it makes inside one call before leaving the rest to the job queue.
 */
public record HttpTuning(
        Duration connectTimeout,
        Duration callTimeout,
        int maxAttempts,
        Duration retryBase,
        Duration maxInCallWait) {

    public HttpTuning {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(maxInCallWait, "maxInCallWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
    }

    /** Ten seconds to connect, the given time for the whole call, three attempts. */
    public static HttpTuning standard(Duration callTimeout) {
        return new HttpTuning(Duration.ofSeconds(10), callTimeout, 3,
                Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    public HttpTuning withCallTimeout(Duration timeout) {
        return new HttpTuning(connectTimeout, timeout, maxAttempts, retryBase, maxInCallWait);
    }
}
