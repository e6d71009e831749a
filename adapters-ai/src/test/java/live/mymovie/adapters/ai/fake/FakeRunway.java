package live.mymovie.adapters.ai.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A fake Runway developer API: checks the key, version header, models, ratios, prompt length,
 * reference tags and data-URI sizes like the real one, runs tasks through a script of
 * states, and serves their outputs from its own origin, frames in the requested ratio.
 * Endpoints for scripted answers: {@code create}, {@code poll}, {@code delete},
 * {@code output}.
 */
public final class FakeRunway extends FakeServer {

    public static final String KEY = "key_" + "0123456789abcdef".repeat(8);
    public static final int DATA_URI_LIMIT = 5 * 1024 * 1024;

    private static final String DEFAULT_RATIO = "1280:720";
    private static final Pattern KEY_SHAPE = Pattern.compile("^key_[0-9a-f]{128}$");
    private static final Pattern TAG = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{2,15}$");
    private static final Set<String> IMAGE_MODELS = Set.of("gen4_image", "gen4_image_turbo");
    private static final Set<String> IMAGE_RATIOS = Set.of("1024:1024", "1080:1080",
            "1168:880", "1360:768", "1440:1080", "1080:1440", "1808:768", "1920:1080",
            "1080:1920", "2112:912", "1280:720", "720:1280", "720:720", "960:720", "720:960",
            "1680:720");
    private static final Set<String> VIDEO_RATIOS = Set.of("1280:720", "720:1280",
            "1104:832", "832:1104", "960:960", "1584:672");

    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final List<Instant> polls = new CopyOnWriteArrayList<>();
    private final AtomicInteger expiredDownloads = new AtomicInteger();
    private volatile int expiredStatus = 403;
    private volatile List<JsonObject> script = List.of(pending(), throttled(), running(0.5),
            succeeded());
    private volatile String outputOrigin;

    public FakeRunway(Vertx vertx) {
        super(vertx);
        this.outputOrigin = origin();
    }

    /** The states the next created tasks go through, one per poll; the last one stays. */
    public void script(JsonObject... states) {
        this.script = List.of(states);
    }

    /** The next downloads of outputs answer this status, as an expired signed URL does. */
    public void expireNextDownloads(int status, int count) {
        expiredStatus = status;
        expiredDownloads.set(count);
    }

    /** Makes succeeded tasks name outputs on another origin. */
    public void serveOutputsFrom(String origin) {
        this.outputOrigin = origin;
    }

    /** Adds a task as if an earlier attempt had created it. */
    public String existingTask(boolean video, JsonObject... states) {
        String id = UUID.randomUUID().toString();
        tasks.put(id, new Task(id, video, List.of(states), DEFAULT_RATIO));
        return id;
    }

    public static JsonObject pending() {
        return new JsonObject().put("status", "PENDING");
    }

    public static JsonObject throttled() {
        return new JsonObject().put("status", "THROTTLED");
    }

    public static JsonObject running(double progress) {
        return new JsonObject().put("status", "RUNNING").put("progress", progress);
    }

    public static JsonObject succeeded() {
        return new JsonObject().put("status", "SUCCEEDED");
    }

    public static JsonObject cancelled() {
        return new JsonObject().put("status", "CANCELLED");
    }

    public static JsonObject failed(String code) {
        JsonObject state = new JsonObject().put("status", "FAILED")
                .put("failure", "The task failed (" + code + ").");
        return code == null ? state : state.put("failureCode", code);
    }

    /** When each poll arrived. */
    public List<Instant> pollTimes() {
        return List.copyOf(polls);
    }

    /** True once the task was cancelled or deleted with DELETE. */
    public boolean deleted(String taskId) {
        Task task = tasks.get(taskId);
        return task != null && task.deleted;
    }

    @Override
    protected void routes(Router router) {
        router.route("/v1/*").handler(this::checkHeaders);
        router.post("/v1/text_to_image").handler(this::createImage);
        router.post("/v1/image_to_video").handler(this::createVideo);
        router.get("/v1/tasks/:id").handler(this::poll);
        router.delete("/v1/tasks/:id").handler(this::delete);
        router.get("/outputs/:id/:file").handler(this::output);
    }

    private void checkHeaders(RoutingContext context) {
        String auth = context.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")
                || !KEY_SHAPE.matcher(auth.substring(7)).matches()
                || !auth.substring(7).equals(KEY)) {
            error(context, 401, "Invalid API key.");
        } else if (!"2024-11-06".equals(context.request().getHeader("X-Runway-Version"))) {
            error(context, 400, "X-Runway-Version header is missing or unsupported.");
        } else if (context.request().method().name().equals("POST")
                && !String.valueOf(context.request().getHeader("Content-Type"))
                        .startsWith("application/json")) {
            error(context, 400, "Content-Type must be application/json.");
        } else {
            context.next();
        }
    }

    private void createImage(RoutingContext context) {
        if (scripted("create", context)) {
            return;
        }
        JsonObject body = context.body().asJsonObject();
        String problem = imageProblem(body);
        if (problem != null) {
            error(context, 400, problem);
            return;
        }
        json(context, 200, new JsonObject().put("id", newTask(false, body.getString("ratio"))));
    }

    private String imageProblem(JsonObject body) {
        if (!IMAGE_MODELS.contains(body.getString("model"))) {
            return "model: invalid value";
        }
        String prompt = body.getValue("promptText") instanceof String p ? p : null;
        if (prompt == null || prompt.isBlank() || prompt.length() > 1000) {
            return "promptText: must be 1 to 1000 characters";
        }
        if (!IMAGE_RATIOS.contains(body.getString("ratio"))) {
            return "ratio: invalid value";
        }
        Object references = body.getValue("referenceImages");
        if (references == null) {
            return "gen4_image_turbo".equals(body.getString("model"))
                    ? "referenceImages: required for gen4_image_turbo" : null;
        }
        return references instanceof JsonArray list ? referenceProblem(list, prompt)
                : "referenceImages: must be an array";
    }

    private static String referenceProblem(JsonArray references, String prompt) {
        if (references.size() > 3) {
            return "referenceImages: at most 3 items";
        }
        Set<String> tags = new HashSet<>();
        for (Object item : references) {
            JsonObject reference = (JsonObject) item;
            String uriProblem = uriProblem(reference.getString("uri"), "referenceImages.uri");
            if (uriProblem != null) {
                return uriProblem;
            }
            String tag = reference.getString("tag");
            if (tag == null) {
                continue;
            }
            if (!TAG.matcher(tag).matches() || !tags.add(tag)) {
                return "referenceImages.tag: invalid or repeated tag '" + tag + "'";
            }
            if (!prompt.contains("@" + tag)) {
                return "promptText: does not cite @" + tag;
            }
        }
        return null;
    }

    private static String uriProblem(String uri, String field) {
        if (uri == null) {
            return field + ": required";
        }
        if (uri.startsWith("https://")) {
            return uri.length() > 2048 ? field + ": URL too long" : null;
        }
        if (!uri.matches("^data:image/(png|jpeg|webp);base64,.*")) {
            return field + ": must be an HTTPS URL or an image data URI";
        }
        if (uri.length() > DATA_URI_LIMIT) {
            return field + ": data URI is larger than 5 MB";
        }
        try {
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
            return null;
        } catch (IllegalArgumentException broken) {
            return field + ": invalid base64";
        }
    }

    private void createVideo(RoutingContext context) {
        if (scripted("create", context)) {
            return;
        }
        JsonObject body = context.body().asJsonObject();
        String problem = videoProblem(body);
        if (problem != null) {
            error(context, 400, problem);
            return;
        }
        json(context, 200, new JsonObject().put("id", newTask(true, body.getString("ratio"))));
    }

    private static String videoProblem(JsonObject body) {
        if (!"gen4_turbo".equals(body.getString("model"))) {
            return "model: invalid value";
        }
        Object image = body.getValue("promptImage");
        String uri = image instanceof String text ? text
                : image instanceof JsonArray list && list.size() == 1
                        && "first".equals(list.getJsonObject(0).getString("position"))
                        ? list.getJsonObject(0).getString("uri") : null;
        String uriProblem = uriProblem(uri, "promptImage");
        if (uriProblem != null) {
            return uriProblem;
        }
        if (!VIDEO_RATIOS.contains(body.getString("ratio"))) {
            return "ratio: invalid value";
        }
        Object prompt = body.getValue("promptText");
        if (prompt != null && (!(prompt instanceof String p) || p.length() > 1000)) {
            return "promptText: at most 1000 characters";
        }
        Object duration = body.getValue("duration");
        if (duration != null && !(duration instanceof Integer seconds
                && seconds >= 2 && seconds <= 10)) {
            return "duration: must be an integer from 2 to 10";
        }
        return null;
    }

    private String newTask(boolean video, String ratio) {
        String id = UUID.randomUUID().toString();
        tasks.put(id, new Task(id, video, script, ratio));
        return id;
    }

    private void poll(RoutingContext context) {
        polls.add(Instant.now());
        if (scripted("poll", context)) {
            return;
        }
        Task task = tasks.get(context.pathParam("id"));
        if (task == null || task.deleted) {
            error(context, 404, "Task not found.");
            return;
        }
        json(context, 200, task.next(outputOrigin));
    }

    private void delete(RoutingContext context) {
        if (scripted("delete", context)) {
            return;
        }
        Task task = tasks.get(context.pathParam("id"));
        if (task == null || task.deleted) {
            error(context, 404, "Task not found.");
            return;
        }
        task.deleted = true;
        context.response().setStatusCode(204).end();
    }

    private void output(RoutingContext context) {
        if (scripted("output", context)) {
            return;
        }
        if (expiredDownloads.getAndDecrement() > 0) {
            context.response().setStatusCode(expiredStatus).end("<Error>Request has expired");
            return;
        }
        Task task = tasks.get(context.pathParam("id"));
        if (task == null) {
            context.response().setStatusCode(404).end();
        } else if (task.video) {
            context.response().putHeader("Content-Type", "video/mp4")
                    .end(io.vertx.core.buffer.Buffer.buffer(Samples.mp4()));
        } else {
            String[] sides = task.ratio.split(":");
            byte[] frame = Samples.png(Integer.parseInt(sides[0]) / 20,
                    Integer.parseInt(sides[1]) / 20);
            context.response().putHeader("Content-Type", "image/png")
                    .end(io.vertx.core.buffer.Buffer.buffer(frame));
        }
    }

    private static void error(RoutingContext context, int status, String message) {
        json(context, status, new JsonObject().put("error", message));
    }

    /** A task and where it stands in its script. */
    private static final class Task {
        private final String id;
        private final boolean video;
        private final List<JsonObject> states;
        private final AtomicInteger step = new AtomicInteger();
        private final String createdAt = Instant.now().toString();
        private final String ratio;
        private volatile boolean deleted;

        Task(String id, boolean video, List<JsonObject> states, String ratio) {
            this.id = id;
            this.video = video;
            this.states = new ArrayList<>(states);
            this.ratio = ratio;
        }

        JsonObject next(String outputOrigin) {
            int index = Math.min(step.getAndIncrement(), states.size() - 1);
            JsonObject state = states.get(index).copy().put("id", id)
                    .put("createdAt", createdAt);
            if ("SUCCEEDED".equals(state.getString("status"))) {
                String file = UUID.randomUUID() + (video ? ".mp4" : ".png");
                state.put("output", new JsonArray().add(outputOrigin + "/outputs/" + id + "/"
                        + file + "?_jwt=signed"));
            }
            return state;
        }
    }
}
