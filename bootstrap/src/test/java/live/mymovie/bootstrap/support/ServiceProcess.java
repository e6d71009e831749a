package live.mymovie.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The service started the way a user starts it, as a separate Java process, so a test can
 * kill it without warning and start it again.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service with these settings and waits until its health check answers. */
    public static ServiceProcess start(int port, Map<String, String> settings, Path log) {
        ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "live.mymovie.bootstrap.MyMovie", "serve"));
        builder.environment().putAll(settings);
        builder.environment().put("MYMOVIE_PORT", Integer.toString(port));
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            ServiceProcess service = new ServiceProcess(builder.start(), port, log);
            service.awaitHealthy(Duration.ofSeconds(60));
            return service;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Ends the process at once, as a crash or `kill -9` would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the process has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void awaitHealthy(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The service exited: " + log());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                        uri().resolve("/observe/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            Waiting.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("The service did not become healthy: " + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
