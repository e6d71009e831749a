package live.mymovie.adapters.ai.runway;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.OutputDownloader;
import live.mymovie.adapters.ai.http.OutputDownloader.Download;
import live.mymovie.adapters.ai.http.ProviderHttp;
import live.mymovie.adapters.ai.http.ProviderRequest;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.Secrets;
import live.mymovie.adapters.ai.http.Sleep;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

/**
 * Runs one Runway task to its end: resumes the job's earlier task or creates one, polls it
 * at the documented pace, reports progress, cancels it when the person cancels, and fetches
 * its output at once.
 */
final class RunwayTasks {

    private static final Logger LOG = System.getLogger(RunwayTasks.class.getName());

    private final RunwaySettings settings;
    private final ProviderHttp http;
    private final OutputDownloader downloader;
    private final RunwayFailures failures;
    private final Clock clock;

    RunwayTasks(RunwaySettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.http = new ProviderHttp(vertx, settings.baseUrl(), Map.of(
                "Authorization", "Bearer " + settings.apiKey(),
                "X-Runway-Version", RunwaySettings.API_VERSION,
                "Accept", "application/json"),
                settings.tuning(), new Secrets(settings.apiKey()), clock);
        this.downloader = new OutputDownloader(vertx, settings.downloads());
        this.failures = new RunwayFailures(clock);
        this.clock = clock;
    }

    /** The finished task's output, fetched, with the id of the task that made it. */
    record Output(String taskId, Download file) {
    }

    /** Resumes the call's task when it still can deliver, or starts a new one. */
    Output run(ProviderRequest create, ProviderCall call) {
        Optional<String> earlier = call.resumeTaskId();
        if (earlier.isPresent()) {
            try {
                return finish(earlier.get(), call, true);
            } catch (StaleTask stale) {
                LOG.log(Level.INFO, "Runway task {0} cannot be resumed ({1}); starting anew",
                        earlier.get(), stale.getMessage());
            }
        }
        String taskId = create(create);
        call.taskStarted(taskId);
        return finish(taskId, call, false);
    }

    /** Cancels or deletes the task; failures are logged, never thrown. */
    void cancel(String taskId) {
        try {
            http.exchange(ProviderRequest.delete("Cancel Runway task", "/v1/tasks/" + taskId),
                    response -> response.status() == 404
                            ? ProviderFailure.rejected("already gone")
                            : failures.map(response));
            LOG.log(Level.INFO, "Cancelled Runway task {0}", taskId);
        } catch (ProviderFailure notCancelled) {
            LOG.log(Level.WARNING, "Runway task {0} was not cancelled: {1}", taskId,
                    notCancelled.getMessage());
        }
    }

    private String create(ProviderRequest create) {
        ProviderResponse response = http.exchange(create, failures);
        String id = response.jsonOrEmpty().getString("id");
        if (id == null || id.isBlank()) {
            throw new ProviderFailure(Kind.TRANSIENT,
                    "Runway answered oddly; the step will be tried again.",
                    "Runway create answered without a task id: " + response.excerpt(),
                    Duration.ofSeconds(30), response.requestId());
        }
        LOG.log(Level.INFO, "Runway task {0} started ({1})", id, create.action());
        return id;
    }

    private Output finish(String taskId, ProviderCall call, boolean resumed) {
        Instant deadline = clock.instant().plus(settings.taskTimeout());
        if (!resumed) {
            pause();
        }
        int reported = -1;
        while (true) {
            stopIfCanceled(taskId, call);
            JsonObject task = poll(taskId, resumed);
            String status = task.getString("status", "").toUpperCase(Locale.ROOT);
            switch (status) {
                case "SUCCEEDED" -> {
                    return new Output(taskId, download(taskId, task));
                }
                case "FAILED" -> throw failed(taskId, task, resumed);
                case "CANCELLED", "CANCELED" -> throw cancelled(taskId, call, resumed);
                case "RUNNING" -> reported = report(call, task, reported);
                default -> {
                    // PENDING, THROTTLED (queued behind our concurrency limit) and any state
                    // Runway may add later are waited out the same way.
                }
            }
            if (clock.instant().isAfter(deadline)) {
                throw new ProviderFailure(Kind.TRANSIENT,
                        "Runway is taking long; the step will be tried again.",
                        "Runway task " + taskId + " still " + status + " after "
                                + settings.taskTimeout(), Duration.ofSeconds(60), taskId);
            }
            pause();
        }
    }

    private JsonObject poll(String taskId, boolean resumed) {
        ProviderResponse response = http.exchange(
                ProviderRequest.get("Poll Runway task", "/v1/tasks/" + taskId),
                answer -> {
                    if (answer.status() != 404) {
                        return failures.map(answer);
                    }
                    if (resumed) {
                        throw new StaleTask("it no longer exists");
                    }
                    return ProviderFailure.transientFailure(
                            "Runway task " + taskId + " is unknown", Duration.ofSeconds(30));
                });
        try {
            return response.json();
        } catch (RuntimeException unreadable) {
            throw new ProviderFailure(Kind.TRANSIENT,
                    "Runway answered oddly; the step will be tried again.",
                    "Runway task " + taskId + " answered a body that is not JSON",
                    Duration.ofSeconds(30), taskId);
        }
    }

    private Download download(String taskId, JsonObject task) {
        JsonArray output = task.getJsonArray("output", new JsonArray());
        if (output.isEmpty() || !(output.getValue(0) instanceof String url)) {
            throw new ProviderFailure(Kind.TRANSIENT,
                    "Runway delivered nothing; the step will be tried again.",
                    "Runway task " + taskId + " succeeded without an output URL",
                    Duration.ofSeconds(30), taskId);
        }
        return downloader.fetch(url, taskId);
    }

    private static ProviderFailure failed(String taskId, JsonObject task, boolean resumed) {
        ProviderFailure failure = RunwayFailures.ofTask(taskId, task.getString("failureCode"),
                task.getString("failure", ""));
        LOG.log(Level.WARNING, "Runway task {0} failed: {1}", taskId, failure.getMessage());
        if (failure.isTransient() && resumed) {
            throw new StaleTask("it failed in a way worth another task");
        }
        return failure;
    }

    private static ProviderFailure cancelled(String taskId, ProviderCall call,
            boolean resumed) {
        if (call.isCanceled()) {
            return ProviderFailure.rejected("The step was cancelled.");
        }
        if (resumed) {
            throw new StaleTask("it was cancelled at Runway");
        }
        return new ProviderFailure(Kind.TRANSIENT,
                "Runway stopped this shot; the step will be tried again.",
                "Runway task " + taskId + " was cancelled at Runway", Duration.ofSeconds(30),
                taskId);
    }

    private void stopIfCanceled(String taskId, ProviderCall call) {
        if (call.isCanceled()) {
            cancel(taskId);
            throw ProviderFailure.rejected("The step was cancelled.");
        }
    }

    /** Runway's progress is a fraction in practice; a percentage is read leniently too. */
    private static int report(ProviderCall call, JsonObject task, int reported) {
        Object raw = task.getValue("progress");
        if (!(raw instanceof Number number)) {
            return reported;
        }
        double value = number.doubleValue();
        int percent = (int) Math.round(value <= 1.0 ? value * 100 : value);
        percent = Math.max(0, Math.min(99, percent));
        if (percent != reported) {
            call.progress(percent);
        }
        return percent;
    }

    /** Waits the poll interval plus up to a quarter of it, never less than the interval. */
    private void pause() {
        long base = settings.pollInterval().toMillis();
        long jitter = base < 4 ? 0 : ThreadLocalRandom.current().nextLong(base / 4);
        Sleep.forDuration(Duration.ofMillis(base + jitter));
    }

    /** The resumed task cannot deliver any more, so a new one is started. */
    private static final class StaleTask extends RuntimeException {
        StaleTask(String why) {
            super(why, null, false, false);
        }
    }
}
