package live.mymovie.adapters.ai.openai;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.ProviderHttp;
import live.mymovie.adapters.ai.http.ProviderRequest;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.Secrets;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Plans the story with OpenAI Chat Completions under a strict JSON schema. It sends text
 * only: the brief's names and roles, never a photo.
 */
public final class OpenAiStoryPlanner implements StoryPlanner {

    private static final Logger LOG = System.getLogger(OpenAiStoryPlanner.class.getName());

    private static final String INSTRUCTIONS = """
            You plan short animated movies. From the person's idea, write a title, a \
            one-sentence logline, 3 to 8 shots and a music brief. Each shot has a visual \
            description an image model can draw, a camera direction, a duration of 5 or 10 \
            seconds, one narration line, the names of the cast members \
            it shows and the name of its location (or null). Use only the cast and location \
            names given, spelled exactly as given. The music brief names a mood, a genre, a \
            tempo from 40 to 240 bpm, a key and the instruments.""";

    private final OpenAiSettings settings;
    private final ProviderHttp http;
    private final OpenAiFailures failures;

    public OpenAiStoryPlanner(OpenAiSettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.http = new ProviderHttp(vertx, settings.baseUrl(), headers(settings),
                settings.tuning(), new Secrets(settings.apiKey()), clock);
        this.failures = new OpenAiFailures(clock);
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public StoryPlan plan(PlanBrief brief, ProviderCall call) {
        String request = describe(brief);
        call.progress(5);

        ProviderResponse response = http.exchange(ProviderRequest.postJson(
                "Plan story with OpenAI", "/chat/completions", body(request)).retryable(),
                failures);

        StoryPlan plan = new BriefNames(brief).keep(read(response, request));
        call.progress(100);
        return plan;
    }

    private JsonObject body(String request) {
        JsonObject body = new JsonObject()
                .put("model", settings.model())
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "system").put("content", INSTRUCTIONS))
                        .add(new JsonObject().put("role", "user").put("content", request)))
                .put("response_format", PlanSchema.responseFormat())
                .put("max_completion_tokens", settings.maxCompletionTokens())
                .put("store", false);
        if (settings.reasoningEffort() != null) {
            body.put("reasoning_effort", settings.reasoningEffort());
        }
        return body;
    }

    /** The person's idea with the names and roles of their cast and locations, as text. */
    static String describe(PlanBrief brief) {
        StringBuilder text = new StringBuilder();
        if (!brief.title().isBlank()) {
            text.append("Working title: ").append(brief.title().strip()).append("\n");
        }
        text.append("Idea: ").append(brief.prompt().strip()).append("\n");
        for (NamedReference reference : brief.references()) {
            text.append(reference.kind() == null ? "Reference" : switch (reference.kind()) {
                case CAST -> "Cast member";
                case LOCATION -> "Location";
            }).append(": ").append(reference.name().strip()).append("\n");
        }
        return text.toString().strip();
    }

    private StoryPlan read(ProviderResponse response, String request) {
        String requestId = response.requestId();
        JsonObject choice = firstChoice(response, requestId);
        JsonObject message = choice.getJsonObject("message", new JsonObject());
        String finish = choice.getString("finish_reason", "");
        if (message.getValue("refusal") instanceof String || "content_filter".equals(finish)) {
            throw failure(Kind.SAFETY, "The story planner declined this idea. Rephrase the "
                    + "story idea and try again.", "refused: " + message.getValue("refusal")
                    + " (finish_reason " + finish + ")", requestId);
        }
        if ("length".equals(finish)) {
            throw failure(Kind.REJECTED, "The story plan came back cut short. Try a shorter "
                    + "idea or fewer shots.", "finish_reason length", requestId);
        }
        if (!(message.getValue("content") instanceof String content)) {
            throw failure(Kind.REJECTED, "The story planner answered without a plan.",
                    "no content in the message", requestId);
        }
        try {
            return PlanReader.read(content, new Provenance(name(),
                    response.jsonOrEmpty().getString("model", settings.model()), request));
        } catch (PlanReader.OffSchema | IllegalArgumentException broken) {
            throw failure(Kind.REJECTED, "The story planner's answer did not fit the plan's "
                    + "shape.", "plan off schema: " + broken.getMessage(), requestId);
        }
    }

    private static JsonObject firstChoice(ProviderResponse response, String requestId) {
        Object choices;
        try {
            choices = response.json().getValue("choices");
        } catch (RuntimeException notJson) {
            choices = null;
        }
        if (choices instanceof JsonArray list && !list.isEmpty()
                && list.getValue(0) instanceof JsonObject choice) {
            return choice;
        }
        throw failure(Kind.TRANSIENT, "The story planner answered oddly; the step will be "
                + "tried again.", "malformed completion: " + response.excerpt(), requestId);
    }

    private static ProviderFailure failure(Kind kind, String personMessage, String detail,
            String requestId) {
        LOG.log(Level.WARNING, "OpenAI plan failed ({0}, request id {1}): {2}", kind,
                requestId, detail);
        return new ProviderFailure(kind, personMessage, "OpenAI plan failed: " + detail,
                kind == Kind.TRANSIENT ? Duration.ofSeconds(30) : null, requestId);
    }

    private static Map<String, String> headers(OpenAiSettings settings) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + settings.apiKey());
        headers.put("Accept", "application/json");
        if (settings.organization() != null) {
            headers.put("OpenAI-Organization", settings.organization());
        }
        if (settings.project() != null) {
            headers.put("OpenAI-Project", settings.project());
        }
        return headers;
    }

    @Override
    public String toString() {
        return "OpenAiStoryPlanner[" + settings + "]";
    }
}
