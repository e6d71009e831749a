package live.mymovie.adapters.web.api;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.api.Views.JobJson;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.ManageCreationsUseCase;
import live.mymovie.application.port.in.RequestGenerationUseCase;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;

/**
 * Live job progress of one creation as server-sent events. It polls the jobs through the use
 * case, so it sees work done by any service instance sharing the database.
 */
public final class JobEventsService implements HttpService {

    private final RequestGenerationUseCase generation;
    private final ManageCreationsUseCase creations;
    private final Json json;
    private final Duration pollInterval;
    private final Duration streamLimit;
    private final RouteCatalog catalog;

    public JobEventsService(WebPorts ports, Json json, Duration pollInterval,
            Duration streamLimit, RouteCatalog catalog) {
        this.generation = ports.generation();
        this.creations = ports.creations();
        this.json = json;
        this.pollInterval = pollInterval;
        this.streamLimit = streamLimit;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules).get("/api/v1/creations/{id}/events", this::events);
    }

    private void events(ServerRequest request, ServerResponse response) {
        AccountId owner = Visitor.of(request).requireAccount().id();
        CreationId creation = CreationsService.creationId(request);
        creations.show(owner, creation);

        try (SseSink sink = response.sink(SseSink.TYPE)) {
            stream(sink, owner, creation);
        } catch (UncheckedIOException clientWentAway) {
            // Writing failed because the browser closed the stream: nobody is left to tell.
        }
    }

    private void stream(SseSink sink, AccountId owner, CreationId creation) {
        Map<String, JobJson> sent = new HashMap<>();
        long deadline = System.nanoTime() + streamLimit.toNanos();
        do {
            List<Job> jobs = generation.jobsOf(owner, creation);
            boolean changed = false;
            for (Job job : jobs) {
                JobJson view = JobJson.of(job);
                if (!view.equals(sent.put(view.id(), view))) {
                    sink.emit(SseEvent.builder().name("job").data(json.text(view)).build());
                    changed = true;
                }
            }
            if (!changed) {
                sink.emit(SseEvent.builder().comment("heartbeat").build());
            }
        } while (System.nanoTime() < deadline && pause());
    }

    /** Waits for the next poll; false when the server is stopping. */
    private boolean pause() {
        try {
            Thread.sleep(pollInterval);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
