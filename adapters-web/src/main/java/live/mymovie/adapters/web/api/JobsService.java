package live.mymovie.adapters.web.api;

import java.util.List;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.WebSettings.RateLimit;
import live.mymovie.adapters.web.api.Views.Items;
import live.mymovie.adapters.web.api.Views.JobJson;
import live.mymovie.adapters.web.api.Views.PriceJson;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RateLimiter;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.RequestGenerationUseCase;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;

/** Prices, paid generation requests, and the jobs they start. */
public final class JobsService implements HttpService {

    private static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");

    private final RequestGenerationUseCase generation;
    private final Json json;
    private final RateLimiter limiter;
    private final RateLimit generationLimit;
    private final RouteCatalog catalog;

    public JobsService(WebPorts ports, Json json, RateLimiter limiter, RateLimit generationLimit,
            RouteCatalog catalog) {
        this.generation = ports.generation();
        this.json = json;
        this.limiter = limiter;
        this.generationLimit = generationLimit;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/api/v1/prices", this::prices)
                .post("/api/v1/creations/{id}/plan", (req, res) -> request(req, res,
                        JobKind.PLAN, List.of()))
                .post("/api/v1/creations/{id}/storyboard", this::storyboard)
                .post("/api/v1/creations/{id}/shots/{n}/animation", this::animation)
                .post("/api/v1/creations/{id}/soundtrack", (req, res) -> request(req, res,
                        JobKind.SOUNDTRACK, List.of()))
                .post("/api/v1/creations/{id}/voiceover", (req, res) -> request(req, res,
                        JobKind.VOICEOVER, List.of()))
                .get("/api/v1/jobs/{jobId}", this::show)
                .post("/api/v1/jobs/{jobId}/cancel", this::cancel);
    }

    private void prices(ServerRequest request, ServerResponse response) {
        var items = generation.prices().stream().map(PriceJson::of).toList();
        json.send(response, Status.OK_200, new Items<>(items));
    }

    private void storyboard(ServerRequest request, ServerResponse response) {
        List<ShotNumber> shots = json.readIfPresent(request, StoryboardBody.class)
                .map(StoryboardBody::shots)
                .orElse(List.of())
                .stream()
                .map(ShotNumber::of)
                .toList();
        request(request, response, JobKind.STORYBOARD, shots);
    }

    private void animation(ServerRequest request, ServerResponse response) {
        String number = request.path().pathParameters().get("n");
        if (!number.matches("[0-9]{1,2}")) {
            throw new Refusal.NotFound("Shot");
        }
        request(request, response, JobKind.ANIMATION,
                List.of(ShotNumber.of(Integer.parseInt(number))));
    }

    private void request(ServerRequest request, ServerResponse response, JobKind kind,
            List<ShotNumber> shots) {
        AccountId owner = owner(request);
        var creation = CreationsService.creationId(request);
        String key = request.headers().first(IDEMPOTENCY_KEY).orElse(null);
        var jobRequest = new JobRequest(owner, creation, kind, shots, key);
        limiter.take("generation:" + owner.value(), generationLimit);

        var job = generation.request(jobRequest);

        json.send(response, Status.ACCEPTED_202, JobJson.of(job));
    }

    private void show(ServerRequest request, ServerResponse response) {
        var job = generation.show(owner(request), jobId(request));
        json.send(response, Status.OK_200, JobJson.of(job));
    }

    private void cancel(ServerRequest request, ServerResponse response) {
        var job = generation.cancel(owner(request), jobId(request));
        json.send(response, Status.ACCEPTED_202, JobJson.of(job));
    }

    private static AccountId owner(ServerRequest request) {
        return Visitor.of(request).requireAccount().id();
    }

    private static JobId jobId(ServerRequest request) {
        return new JobId(request.path().pathParameters().get("jobId"));
    }

    /** Which shots a storyboard job draws; every shot when absent, never none. */
    record StoryboardBody(@Size(min = 1, max = ShotNumber.MAX,
            message = "shots must name at least one shot, or be left out for every shot")
            List<@NotNull Integer> shots) {
    }
}
