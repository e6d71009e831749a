package live.mymovie.adapters.web.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import live.mymovie.adapters.web.WebSettings.RateLimit;
import live.mymovie.domain.Refusal;

class RateLimiterTest {

    private final MovableClock clock = new MovableClock();
    private final RateLimiter limiter = new RateLimiter(clock);
    private final RateLimit threePerMinute = RateLimit.of(3, Duration.ofMinutes(1));

    @Test
    void the_request_after_the_budget_is_refused_with_the_wait_in_seconds() {
        for (int i = 0; i < 3; i++) {
            limiter.take("k", threePerMinute);
        }

        var refusal = assertThrows(Refusal.RateLimited.class,
                () -> limiter.take("k", threePerMinute));

        assertEquals(20, refusal.retryAfterSeconds());
    }

    @Test
    void the_budget_refills_over_its_window() {
        for (int i = 0; i < 3; i++) {
            limiter.take("k", threePerMinute);
        }

        clock.advance(Duration.ofSeconds(20));

        assertDoesNotThrow(() -> limiter.take("k", threePerMinute));
        assertThrows(Refusal.RateLimited.class, () -> limiter.take("k", threePerMinute));
    }

    @Test
    void keys_have_their_own_budgets() {
        for (int i = 0; i < 3; i++) {
            limiter.take("a", threePerMinute);
        }

        assertDoesNotThrow(() -> limiter.take("b", threePerMinute));
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
