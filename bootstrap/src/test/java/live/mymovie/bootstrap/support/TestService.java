package live.mymovie.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import live.mymovie.bootstrap.MyMovie;
import live.mymovie.bootstrap.RunningService;
import live.mymovie.bootstrap.Settings;

/** The whole service on a random port with its own data folder, for tests over real HTTP. */
public final class TestService implements AutoCloseable {

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Path dataDir;
    private final Map<String, String> settings;
    private final Clock clock;
    private RunningService running;

    private TestService(Path dataDir, Map<String, String> settings, Clock clock) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts the service on the embedded defaults with quick password hashing. */
    public static TestService start(Map<String, String> overrides) {
        return start(overrides, Clock.systemUTC());
    }

    /** Starts the service with the given settings on top of the test defaults and clock. */
    public static TestService start(Map<String, String> overrides, Clock clock) {
        Path dataDir = tempDir();
        Map<String, String> settings = new HashMap<>();
        settings.put("MYMOVIE_PORT", "0");
        settings.put("MYMOVIE_DATA_DIR", dataDir.toString());
        settings.put("MYMOVIE_BCRYPT_COST", "4");
        settings.put("MYMOVIE_JOB_POLL_MILLIS", "50");
        settings.put("MYMOVIE_TRUSTED_PROXIES", "127.0.0.1");
        settings.putAll(overrides);
        TestService service = new TestService(dataDir, settings, clock);
        service.restart();
        return service;
    }

    public static TestService start() {
        return start(Map.of());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mymovie-test-");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Stops the service if it runs and starts it again on the same data folder. */
    public void restart() {
        if (running != null) {
            running.close();
        }
        running = MyMovie.start(Settings.of(settings), clock);
        settings.put("MYMOVIE_PORT", Integer.toString(running.port()));
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + running.port());
    }

    /** A new person's client, arriving from an address of its own through the proxy. */
    public ApiClient newClient() {
        int n = CLIENTS.incrementAndGet();
        return new ApiClient(uri()).from("198.18." + (n / 250) % 250 + "." + (n % 250 + 1));
    }

    public Path dataDir() {
        return dataDir;
    }

    public RunningService running() {
        return running;
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
        deleteQuietly(dataDir);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp folder does not change any test's outcome.
        }
    }
}
