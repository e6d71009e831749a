package live.mymovie.adapters.ai.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import live.mymovie.adapters.ai.fake.Samples;

class HttpPlumbingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-01T12:00:00Z"),
            ZoneOffset.UTC);

    private static ProviderResponse answer(String name, String value) {
        return new ProviderResponse(429, MultiMap.caseInsensitiveMultiMap().add(name, value),
                Buffer.buffer());
    }

    @Test
    void retry_after_is_read_in_milliseconds_seconds_or_as_a_date() {
        assertEquals(Duration.ofMillis(1500), RetryAfter.of(answer("retry-after-ms", "1500"),
                CLOCK));
        assertEquals(Duration.ofSeconds(7), RetryAfter.of(answer("Retry-After", "7"), CLOCK));
        assertEquals(Duration.ofSeconds(30), RetryAfter.of(answer("Retry-After",
                "Sat, 01 Aug 2026 12:00:30 GMT"), CLOCK));
        assertNull(RetryAfter.of(answer("Retry-After", "whenever"), CLOCK));
    }

    @Test
    void downloads_are_allowed_only_over_https_from_listed_hosts_or_exact_origins() {
        DownloadPolicy policy = new DownloadPolicy(List.of(".cloudfront.net",
                "http://127.0.0.1:8123"), 10, Duration.ofSeconds(1));

        assertTrue(policy.permits(URI.create("https://d1.cloudfront.net/a.png?sig=1")));
        assertFalse(policy.permits(URI.create("http://d1.cloudfront.net/a.png")));
        assertFalse(policy.permits(URI.create("https://cloudfront.net.evil.example/a.png")));
        assertTrue(policy.permits(URI.create("http://127.0.0.1:8123/outputs/a.png")));
        assertFalse(policy.permits(URI.create("http://127.0.0.1:8124/outputs/a.png")));
        assertFalse(policy.permits(URI.create("https://user@d1.cloudfront.net/a.png")));
    }

    @Test
    void content_type_comes_from_the_server_or_the_bytes() {
        assertEquals("image/png", MediaTypes.of(Samples.png(2, 2), "application/octet-stream",
                "x/y"));
        assertEquals("video/mp4", MediaTypes.of(Samples.mp4(), null, "x/y"));
        assertEquals("audio/mpeg", MediaTypes.of(Samples.mp3(1), "", "x/y"));
        assertEquals("image/webp", MediaTypes.of(new byte[0], "image/webp; q=1", "x/y"));
    }

    @Test
    void keys_are_redacted_from_any_text() {
        Secrets secrets = new Secrets("my-very-own-key");

        String clean = secrets.redact("key my-very-own-key and sk-proj-abcdef123456 and key_"
                + "0123456789abcdef0123");

        assertFalse(clean.contains("my-very-own-key"));
        assertFalse(clean.contains("sk-proj"));
        assertFalse(clean.contains("key_0123"));
    }
}
