package live.mymovie.adapters.ai.fake;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A fake OpenAI Chat Completions endpoint: checks the key, the messages and a strict JSON
 * schema (every object closed, every property required) like the real one, and answers a
 * completion whose content the test chooses. Endpoint for scripted answers: {@code chat}.
 */
public final class FakeOpenAi extends FakeServer {

    public static final String KEY = "sk-proj-fakeKey1234567890abcdefABCDEF";

    private static final Set<String> ROLES = Set.of("system", "developer", "user",
            "assistant", "tool");

    private volatile JsonObject message = new JsonObject().put("role", "assistant")
            .put("content", samplePlan().encode()).putNull("refusal");
    private volatile String finishReason = "stop";

    public FakeOpenAi(Vertx vertx) {
        super(vertx);
    }

    /** A plan that fits the schema: two shots and a music brief. */
    public static JsonObject samplePlan() {
        return new JsonObject()
                .put("title", "The Lighthouse Cat")
                .put("logline", "A cat keeps the lighthouse lit through a storm.")
                .put("shots", new JsonArray()
                        .add(shot("Mia climbs the spiral stairs with a lantern.", "Slow tilt up",
                                5, "Every night, Mia climbed.", new JsonArray().add("Mia"),
                                "Lighthouse"))
                        .add(shot("The beam sweeps over the stormy sea.", "Wide, static", 10,
                                "", new JsonArray(), null)))
                .put("music", new JsonObject().put("mood", "hopeful").put("genre", "folk")
                        .put("tempoBpm", 96).put("key", "D major")
                        .put("instruments", new JsonArray().add("fiddle").add("guitar")));
    }

    public static JsonObject shot(String description, String camera, int seconds,
            String narration, JsonArray cast, String location) {
        return new JsonObject().put("description", description).put("camera", camera)
                .put("durationSeconds", seconds).put("narration", narration).put("cast", cast)
                .put("location", location);
    }

    /** The assistant message content of the next answers. */
    public void answerContent(String content, String finish) {
        message = new JsonObject().put("role", "assistant").put("content", content)
                .putNull("refusal");
        finishReason = finish;
    }

    /** The model refuses: content null, refusal text set. */
    public void answerRefusal(String refusal) {
        message = new JsonObject().put("role", "assistant").putNull("content")
                .put("refusal", refusal);
        finishReason = "stop";
    }

    /** An error body in OpenAI's shape. */
    public static FakeAnswer error(int status, String type, String code, String text) {
        JsonObject error = new JsonObject().put("message", text).put("type", type)
                .putNull("param").put("code", code);
        return FakeAnswer.json(status, new JsonObject().put("error", error))
                .withHeader("x-request-id", "req_" + UUID.randomUUID());
    }

    @Override
    protected void routes(Router router) {
        router.post("/v1/chat/completions").handler(this::complete);
    }

    private void complete(RoutingContext context) {
        context.response().putHeader("x-request-id", "req_" + UUID.randomUUID())
                .putHeader("openai-version", "2020-10-01");
        String auth = context.request().getHeader("Authorization");
        if (auth == null || !auth.equals("Bearer " + KEY)) {
            reject(context, 401, "invalid_api_key", "Incorrect API key provided: "
                    + mask(auth), null);
            return;
        }
        if (scripted("chat", context)) {
            return;
        }
        JsonObject body = context.body().asJsonObject();
        String problem = problem(body);
        if (problem != null) {
            reject(context, 400, null, problem, "response_format");
            return;
        }
        json(context, 200, completion(body.getString("model")));
    }

    private static String problem(JsonObject body) {
        if (!(body.getValue("model") instanceof String model) || model.isBlank()) {
            return "you must provide a model parameter";
        }
        if (body.containsKey("temperature") && !Integer.valueOf(1).equals(
                body.getValue("temperature"))) {
            return "Unsupported value: 'temperature' does not support this value";
        }
        if (body.containsKey("max_tokens")) {
            return "Unsupported parameter: 'max_tokens'";
        }
        JsonArray messages = body.getJsonArray("messages");
        if (messages == null || messages.isEmpty()) {
            return "messages: must be a non-empty array";
        }
        for (Object item : messages) {
            JsonObject message = (JsonObject) item;
            if (!ROLES.contains(message.getString("role"))
                    || !(message.getValue("content") instanceof String)) {
                return "messages: each needs a role and text content";
            }
        }
        return formatProblem(body.getJsonObject("response_format"));
    }

    private static String formatProblem(JsonObject format) {
        if (format == null || !"json_schema".equals(format.getString("type"))) {
            return "response_format: json_schema expected";
        }
        JsonObject schema = format.getJsonObject("json_schema", new JsonObject());
        if (!String.valueOf(schema.getString("name")).matches("^[a-zA-Z0-9_-]{1,64}$")
                || !Boolean.TRUE.equals(schema.getBoolean("strict"))) {
            return "response_format: a name and strict true are required";
        }
        JsonObject root = schema.getJsonObject("schema");
        if (root == null || !"object".equals(root.getValue("type"))) {
            return "Invalid schema: the root must be an object";
        }
        return strictProblem(root, "schema");
    }

    /** What breaks the strict-mode rules in the schema, or null when it keeps them. */
    public static String strictProblemOf(JsonObject schema) {
        return strictProblem(schema, "schema");
    }

    private static String strictProblem(JsonObject node, String where) {
        Object type = node.getValue("type");
        boolean object = "object".equals(type)
                || type instanceof JsonArray types && types.contains("object");
        if (object) {
            if (!Boolean.FALSE.equals(node.getValue("additionalProperties"))) {
                return "Invalid schema: additionalProperties must be false at " + where;
            }
            JsonObject properties = node.getJsonObject("properties", new JsonObject());
            Set<String> required = new HashSet<>();
            node.getJsonArray("required", new JsonArray()).forEach(n -> required.add((String) n));
            if (!required.equals(properties.fieldNames())) {
                return "Invalid schema: every property must be required at " + where;
            }
            for (String name : properties.fieldNames()) {
                String inner = strictProblem(properties.getJsonObject(name), where + "." + name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (node.getValue("items") instanceof JsonObject items) {
            return strictProblem(items, where + "[]");
        }
        return null;
    }

    private JsonObject completion(String model) {
        return new JsonObject()
                .put("id", "chatcmpl-" + UUID.randomUUID())
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", model + "-2026-03-17")
                .put("choices", new JsonArray().add(new JsonObject().put("index", 0)
                        .put("message", message.copy().put("annotations", new JsonArray()))
                        .put("finish_reason", finishReason).putNull("logprobs")))
                .put("usage", new JsonObject().put("prompt_tokens", 40)
                        .put("completion_tokens", 200).put("total_tokens", 240));
    }

    private static void reject(RoutingContext context, int status, String code, String text,
            String param) {
        JsonObject error = new JsonObject().put("message", text)
                .put("type", "invalid_request_error").put("param", param).put("code", code);
        json(context, status, new JsonObject().put("error", error));
    }

    private static String mask(String auth) {
        if (auth == null || auth.length() < 12) {
            return "none";
        }
        String key = auth.replace("Bearer ", "");
        return key.substring(0, 3) + "****" + key.substring(key.length() - 4);
    }
}
