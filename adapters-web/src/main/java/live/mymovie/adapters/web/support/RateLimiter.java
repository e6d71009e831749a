package live.mymovie.adapters.web.support;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import live.mymovie.adapters.web.WebSettings.RateLimit;
import live.mymovie.domain.Refusal;

/**
 * In-memory token buckets, one per key. Each instance keeps its own buckets, so with several
 * service instances the budgets apply per instance.
 */
public final class RateLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token from the key's bucket, or refuses with the seconds until the next. */
    public void take(String key, RateLimit limit) {
        long now = clock.millis();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit, now));
        long waitMillis = bucket.take(now);
        if (waitMillis > 0) {
            throw new Refusal.RateLimited(Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    /** A bucket that refills continuously at capacity per window. */
    private static final class Bucket {
        private final int capacity;
        private final double tokensPerMilli;
        private double tokens;
        private long updatedAt;

        Bucket(RateLimit limit, long now) {
            this.capacity = limit.capacity();
            this.tokensPerMilli = (double) limit.capacity() / limit.window().toMillis();
            this.tokens = capacity;
            this.updatedAt = now;
        }

        /** Takes a token and answers 0, or answers how long until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerMilli);
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * tokensPerMilli);
            updatedAt = Math.max(updatedAt, now);
        }
    }
}
