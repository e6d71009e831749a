package live.mymovie.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import live.mymovie.adapters.persistence.PersistenceSettings;
import live.mymovie.adapters.web.TlsSettings;
import live.mymovie.adapters.web.WebSettings;
import live.mymovie.adapters.web.WebSettings.RateLimit;
import live.mymovie.adapters.web.WebSettings.RateLimits;
import live.mymovie.application.account.AccountSettings;
import live.mymovie.application.generation.JobSettings;
import live.mymovie.application.generation.StepLimits;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.Price;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;

/** Turns raw settings into the typed settings records each part of the service takes. */
final class ServiceSettings {

    private final Settings settings;
    private final Path dataDir;
    private final int port;

    ServiceSettings(Settings settings) {
        this.settings = settings;
        this.dataDir = Path.of(settings.text("MYMOVIE_DATA_DIR", "./data")).toAbsolutePath()
                .normalize();
        int configured = settings.integer("MYMOVIE_PORT", 8080, 0, 65535);
        this.port = configured == 0 ? freePort(host()) : configured;
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException("No free port on " + host, failure);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    String host() {
        return settings.text("MYMOVIE_HOST", "127.0.0.1");
    }

    /** HTTPS served by the service itself, when both PEM files are named. */
    Optional<TlsSettings> tls() {
        Optional<String> certificate = settings.get("MYMOVIE_TLS_CERT");
        Optional<String> key = settings.get("MYMOVIE_TLS_KEY");
        if (certificate.isPresent() != key.isPresent()) {
            throw new ConfigurationError("MYMOVIE_TLS_CERT and MYMOVIE_TLS_KEY go together: "
                    + "set both to serve HTTPS, or neither");
        }
        if (certificate.isEmpty()) {
            if (settings.get("MYMOVIE_HTTP_REDIRECT_PORT").isPresent()) {
                throw new ConfigurationError("MYMOVIE_HTTP_REDIRECT_PORT needs "
                        + "MYMOVIE_TLS_CERT and MYMOVIE_TLS_KEY");
            }
            return Optional.empty();
        }
        TlsSettings tls = TlsSettings.of(Path.of(certificate.get()), Path.of(key.get()));
        return Optional.of(settings.get("MYMOVIE_HTTP_REDIRECT_PORT").isPresent()
                ? tls.withRedirectPort(settings.integer("MYMOVIE_HTTP_REDIRECT_PORT", 0, 0,
                        65535))
                : tls);
    }

    URI publicUrl() {
        String scheme = settings.get("MYMOVIE_TLS_CERT").isPresent() ? "https" : "http";
        String url = settings.text("MYMOVIE_PUBLIC_URL", scheme + "://localhost:" + port);
        try {
            URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            return uri;
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationError("MYMOVIE_PUBLIC_URL must be an http:// or https:// "
                    + "address, not '" + url + "'");
        }
    }

    PersistenceSettings persistence() {
        int pool = settings.integer("MYMOVIE_DB_POOL_SIZE", 10, 2, 200);
        return settings.get("MYMOVIE_DB_URL")
                .map(url -> new PersistenceSettings(url, settings.text("MYMOVIE_DB_USER", ""),
                        settings.text("MYMOVIE_DB_PASSWORD", ""), pool))
                .orElseGet(() -> PersistenceSettings.embeddedIn(dataDir, pool));
    }

    AccountSettings accounts() {
        Set<Email> admins = new HashSet<>();
        for (String email : settings.list("MYMOVIE_ADMIN_EMAILS")) {
            try {
                admins.add(Email.of(email));
            } catch (Refusal.InvalidInput invalid) {
                throw new ConfigurationError("MYMOVIE_ADMIN_EMAILS holds '" + email
                        + "', which is not an email address");
            }
        }
        int credits = settings.integer("MYMOVIE_SIGNUP_CREDITS", 100, 0, 1_000_000);
        Duration lifetime = Duration.ofHours(settings.integer("MYMOVIE_SESSION_HOURS",
                14 * 24, 1, 365 * 24));
        Duration idle = Duration.ofMinutes(settings.integer("MYMOVIE_SESSION_IDLE_MINUTES",
                2 * 24 * 60, 5, 365 * 24 * 60));
        return new AccountSettings(Credits.of(credits), admins, lifetime, idle);
    }

    int bcryptCost() {
        return settings.integer("MYMOVIE_BCRYPT_COST", 12, 4, 31);
    }

    JobSettings jobs() {
        JobSettings defaults = JobSettings.defaults();
        return new JobSettings(
                settings.integer("MYMOVIE_JOB_MAX_ATTEMPTS", defaults.maxAttempts(), 1, 100),
                Duration.ofSeconds(settings.integer("MYMOVIE_JOB_LEASE_SECONDS",
                        (int) defaults.lease().toSeconds(), 2, 3600)),
                Duration.ofMillis(settings.integer("MYMOVIE_JOB_RETRY_MILLIS",
                        (int) defaults.firstRetryDelay().toMillis(), 1, 3_600_000)),
                defaults.maxRetryDelay(),
                settings.integer("MYMOVIE_JOBS_PER_ACCOUNT", defaults.maxActivePerAccount(),
                        1, 1000),
                defaults.frameWidth(), defaults.frameHeight());
    }

    /** Jobs of a step one instance runs at once, e.g. `ANIMATION=1,STORYBOARD=2`. */
    StepLimits stepLimits() {
        Map<JobKind, Integer> limits = new EnumMap<>(JobKind.class);
        settings.pairs("MYMOVIE_STEP_CONCURRENCY").forEach((kind, limit) ->
                limits.put(jobKind("MYMOVIE_STEP_CONCURRENCY", kind),
                        (int) number("MYMOVIE_STEP_CONCURRENCY", limit)));
        return StepLimits.of(limits);
    }

    int workers() {
        return settings.integer("MYMOVIE_WORKERS", 2, 0, 64);
    }

    Duration jobPollInterval() {
        return Duration.ofMillis(settings.integer("MYMOVIE_JOB_POLL_MILLIS", 500, 10, 60_000));
    }

    Duration logRetention() {
        return Duration.ofDays(settings.integer("MYMOVIE_LOG_RETENTION_DAYS", 90, 1, 3650));
    }

    long uploadLimit() {
        return settings.integer("MYMOVIE_UPLOAD_MAX_BYTES",
                (int) WebSettings.DEFAULT_UPLOAD_LIMIT, 1024, Integer.MAX_VALUE);
    }

    /** Prices from `MYMOVIE_PRICES`, e.g. `PLAN=2,ANIMATION=5`; unnamed kinds keep theirs. */
    PriceList prices() {
        PriceList standard = PriceList.standard();
        Map<JobKind, Price> prices = new EnumMap<>(JobKind.class);
        standard.all().forEach(p -> prices.put(p.kind(), p));
        settings.pairs("MYMOVIE_PRICES").forEach((kind, credits) -> {
            JobKind jobKind = jobKind("MYMOVIE_PRICES", kind);
            prices.put(jobKind, new Price(jobKind, Credits.of(number("MYMOVIE_PRICES", credits)),
                    standard.of(jobKind).unit()));
        });
        return PriceList.of(new ArrayList<>(prices.values()));
    }

    private static JobKind jobKind(String setting, String name) {
        try {
            return JobKind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationError(setting + " names '" + name + "'; the kinds are "
                    + List.of(JobKind.values()));
        }
    }

    WebSettings web(List<String> sessionKeys, AccountSettings accounts) {
        WebSettings defaults = WebSettings.defaults(publicUrl(), sessionKeys);
        return new WebSettings(defaults.publicUrl(), sessionKeys, accounts.sessionLifetime(),
                settings.list("MYMOVIE_TRUSTED_PROXIES"), rateLimits(), uploadLimit(),
                defaults.jsonLimitBytes(), defaults.mediaMaxAge(),
                defaults.eventPollInterval(), defaults.eventStreamLimit());
    }

    /** Each limit can be set as `capacity/seconds`, e.g. `MYMOVIE_RATE_SIGN_UP=10/3600`. */
    private RateLimits rateLimits() {
        RateLimits standard = RateLimits.standard();
        return new RateLimits(
                rate("MYMOVIE_RATE_SIGN_IN_PER_ADDRESS_AND_EMAIL",
                        standard.signInPerAddressAndEmail()),
                rate("MYMOVIE_RATE_SIGN_IN_PER_EMAIL", standard.signInPerEmail()),
                rate("MYMOVIE_RATE_SIGN_IN_PER_ADDRESS", standard.signInPerAddress()),
                rate("MYMOVIE_RATE_SIGN_UP", standard.signUpPerAddress()),
                rate("MYMOVIE_RATE_PASSWORD_CHANGE", standard.passwordChangePerAccount()),
                rate("MYMOVIE_RATE_GENERATION", standard.generationPerAccount()));
    }

    private RateLimit rate(String name, RateLimit fallback) {
        return settings.get(name).map(value -> {
            String[] parts = value.split("/");
            if (parts.length != 2) {
                throw new ConfigurationError(name + " must look like 10/900 (requests per "
                        + "seconds), not '" + value + "'");
            }
            return RateLimit.of((int) number(name, parts[0]),
                    Duration.ofSeconds(number(name, parts[1])));
        }).orElse(fallback);
    }

    private static long number(String name, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ConfigurationError(name + " needs positive whole numbers, not '" + text + "'");
    }
}
