package live.mymovie.adapters.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the web adapter is told by bootstrap: where users reach it, the session keys, cookie
 * lifetime, trusted proxies, rate limits and body limits.
 *
 * @param publicUrl the address users reach; {@code https} turns on Secure cookies and HSTS
 * @param sessionKeys secrets for the session cookie: the first signs, every one verifies
 * @param sessionLifetime how long a session cookie lives at most (its Max-Age)
 * @param trustedProxies addresses whose {@code X-Forwarded-For} header is believed
 * @param rateLimits the request budgets of the abuse-prone routes
 * @param uploadLimitBytes the largest photo upload, whole multipart body included
 * @param jsonLimitBytes the largest JSON body
 * @param mediaMaxAge how long a browser may keep a stored file
 * @param eventPollInterval how often the job event stream looks for changes
 * @param eventStreamLimit how long one job event stream stays open
 */
public record WebSettings(
        URI publicUrl,
        List<String> sessionKeys,
        Duration sessionLifetime,
        List<String> trustedProxies,
        RateLimits rateLimits,
        long uploadLimitBytes,
        long jsonLimitBytes,
        Duration mediaMaxAge,
        Duration eventPollInterval,
        Duration eventStreamLimit) {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    public static final long DEFAULT_UPLOAD_LIMIT = 15L * 1024 * 1024;
    public static final long DEFAULT_JSON_LIMIT = 64L * 1024;

    public WebSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(mediaMaxAge, "mediaMaxAge");
        Objects.requireNonNull(eventPollInterval, "eventPollInterval");
        Objects.requireNonNull(eventStreamLimit, "eventStreamLimit");
        sessionKeys = List.copyOf(sessionKeys);
        trustedProxies = List.copyOf(trustedProxies);
        if (sessionKeys.isEmpty() || sessionKeys.stream().anyMatch(k -> k.length() < 32)) {
            throw new IllegalArgumentException("Session keys need at least 32 characters each");
        }
        if (uploadLimitBytes < 1 || jsonLimitBytes < 1) {
            throw new IllegalArgumentException("Body limits must be positive");
        }
    }

    /** The standard settings for a public URL and its session keys. */
    public static WebSettings defaults(URI publicUrl, List<String> sessionKeys) {
        return new WebSettings(publicUrl, sessionKeys, Duration.ofDays(30), List.of(),
                RateLimits.standard(), DEFAULT_UPLOAD_LIMIT, DEFAULT_JSON_LIMIT,
                Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(10));
    }

    /** True when users reach the service over HTTPS. */
    public boolean isHttps() {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    /** The origin browsers send in the {@code Origin} header, e.g. https://mymovie.live. */
    public String origin() {
        String origin = publicUrl.getScheme().toLowerCase(Locale.ROOT) + "://"
                + publicUrl.getHost().toLowerCase(Locale.ROOT);
        return publicUrl.getPort() == -1 ? origin : origin + ":" + publicUrl.getPort();
    }

    /**
     * The origins whose state-changing requests are accepted: the public one and, when that
     * is this machine's loopback name, its other loopback names, since a person running the
     * service locally may open http://127.0.0.1:8080 as well as http://localhost:8080.
     */
    public Set<String> acceptedOrigins() {
        String host = publicUrl.getHost().toLowerCase(Locale.ROOT);
        if (!LOOPBACK_NAMES.contains(host)) {
            return Set.of(origin());
        }
        String port = publicUrl.getPort() == -1 ? "" : ":" + publicUrl.getPort();
        String scheme = publicUrl.getScheme().toLowerCase(Locale.ROOT) + "://";
        return LOOPBACK_NAMES.stream().map(name -> scheme + name + port)
                .collect(Collectors.toUnmodifiableSet());
    }

    public WebSettings withRateLimits(RateLimits limits) {
        return new WebSettings(publicUrl, sessionKeys, sessionLifetime, trustedProxies, limits,
                uploadLimitBytes, jsonLimitBytes, mediaMaxAge, eventPollInterval,
                eventStreamLimit);
    }

    public WebSettings withTrustedProxies(List<String> proxies) {
        return new WebSettings(publicUrl, sessionKeys, sessionLifetime, proxies, rateLimits,
                uploadLimitBytes, jsonLimitBytes, mediaMaxAge, eventPollInterval,
                eventStreamLimit);
    }

    public WebSettings withUploadLimit(long bytes) {
        return new WebSettings(publicUrl, sessionKeys, sessionLifetime, trustedProxies,
                rateLimits, bytes, jsonLimitBytes, mediaMaxAge, eventPollInterval,
                eventStreamLimit);
    }

    public WebSettings withEventTiming(Duration pollInterval, Duration streamLimit) {
        return new WebSettings(publicUrl, sessionKeys, sessionLifetime, trustedProxies,
                rateLimits, uploadLimitBytes, jsonLimitBytes, mediaMaxAge, pollInterval,
                streamLimit);
    }

    /** Never prints the session keys. */
    @Override
    public String toString() {
        return "WebSettings[publicUrl=" + publicUrl + ", sessionKeys=" + sessionKeys.size()
                + " hidden, sessionLifetime=" + sessionLifetime + ", trustedProxies="
                + trustedProxies + ", rateLimits=" + rateLimits + ", uploadLimitBytes="
                + uploadLimitBytes + ", jsonLimitBytes=" + jsonLimitBytes + "]";
    }

    /**
     * The request budgets; each allows {@code capacity} requests and refills fully over
     * {@code window}.
     */
    public record RateLimits(
            RateLimit signInPerAddressAndEmail,
            RateLimit signInPerEmail,
            RateLimit signInPerAddress,
            RateLimit signUpPerAddress,
            RateLimit passwordChangePerAccount,
            RateLimit generationPerAccount) {

        public RateLimits {
            Objects.requireNonNull(signInPerAddressAndEmail, "signInPerAddressAndEmail");
            Objects.requireNonNull(signInPerEmail, "signInPerEmail");
            Objects.requireNonNull(signInPerAddress, "signInPerAddress");
            Objects.requireNonNull(signUpPerAddress, "signUpPerAddress");
            Objects.requireNonNull(passwordChangePerAccount, "passwordChangePerAccount");
            Objects.requireNonNull(generationPerAccount, "generationPerAccount");
        }

        /** Budgets that a person never meets and a password-guessing script soon does. */
        public static RateLimits standard() {
            return new RateLimits(
                    RateLimit.of(10, Duration.ofMinutes(15)),
                    RateLimit.of(100, Duration.ofHours(1)),
                    RateLimit.of(100, Duration.ofMinutes(15)),
                    RateLimit.of(10, Duration.ofHours(1)),
                    RateLimit.of(10, Duration.ofHours(1)),
                    RateLimit.of(60, Duration.ofMinutes(10)));
        }
    }

    /** At most {@code capacity} requests at once, refilled evenly over {@code window}. */
    public record RateLimit(int capacity, Duration window) {

        public RateLimit {
            Objects.requireNonNull(window, "window");
            if (capacity < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A rate limit needs a capacity and a window");
            }
        }

        public static RateLimit of(int capacity, Duration window) {
            return new RateLimit(capacity, window);
        }
    }
}
