package live.mymovie.adapters.ai.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads how long a provider asks us to wait: {@code retry-after-ms} or {@code Retry-After}. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the answer asks for, or null when it names none we can read. */
    public static Duration of(ProviderResponse response, Clock clock) {
        Duration millis = response.header("retry-after-ms")
                .map(RetryAfter::parseMillis).orElse(null);
        if (millis != null) {
            return millis;
        }
        return response.header("retry-after").map(value -> parse(value, clock)).orElse(null);
    }

    private static Duration parseMillis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms >= 0 ? Duration.ofMillis(Math.round(ms)) : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static Duration parse(String value, Clock clock) {
        try {
            double seconds = Double.parseDouble(value.strip());
            return seconds >= 0 ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
        } catch (NumberFormatException notSeconds) {
            return parseDate(value.strip(), clock);
        }
    }

    private static Duration parseDate(String value, Clock clock) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
