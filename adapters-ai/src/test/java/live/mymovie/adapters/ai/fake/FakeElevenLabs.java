package live.mymovie.adapters.ai.fake;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A fake ElevenLabs API: text-to-speech and music, checking the {@code xi-api-key} header,
 * {@code output_format} as a query parameter, required fields, character limits and value
 * ranges, and answering real MP3 bytes. Endpoints for scripted answers: {@code tts},
 * {@code music}.
 */
public final class FakeElevenLabs extends FakeServer {

    public static final String KEY = "sk_fake0123456789abcdef0123456789abcdef01234567";
    public static final String VOICE = "21m00Tcm4TlvDq8ikWAM";

    private static final Map<String, Integer> LIMITS = Map.of("eleven_multilingual_v2", 10_000,
            "eleven_v3", 3_000, "eleven_flash_v2_5", 40_000, "eleven_turbo_v2_5", 40_000,
            "eleven_flash_v2", 30_000, "eleven_turbo_v2", 30_000);
    private static final Set<String> FORMATS = Set.of("mp3_22050_32", "mp3_24000_48",
            "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "mp3_44100_128", "mp3_44100_192",
            "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "opus_48000_64");

    private volatile int characterLimitOverride;

    public FakeElevenLabs(Vertx vertx) {
        super(vertx);
    }

    /** Lowers the character limit, to exercise splitting without huge texts. */
    public void limitCharacters(int limit) {
        this.characterLimitOverride = limit;
    }

    /** The current error shape, {@code {"detail":{"code":...,"status":...}}}. */
    public static FakeAnswer error(int status, String code, String message) {
        JsonObject detail = new JsonObject().put("type", "error").put("code", code)
                .put("message", message).put("status", code)
                .put("request_id", UUID.randomUUID().toString());
        return FakeAnswer.json(status, new JsonObject().put("detail", detail));
    }

    /** The legacy error shape, {@code {"detail":{"status":...,"message":...}}}. */
    public static FakeAnswer legacyError(int status, String code, String message) {
        return FakeAnswer.json(status, new JsonObject().put("detail",
                new JsonObject().put("status", code).put("message", message)));
    }

    @Override
    protected void routes(Router router) {
        router.route("/v1/*").handler(this::checkKey);
        router.post("/v1/text-to-speech/:voice").handler(this::speak);
        router.post("/v1/music").handler(this::compose);
    }

    private void checkKey(RoutingContext context) {
        context.response().putHeader("request-id", UUID.randomUUID().toString());
        if (!KEY.equals(context.request().getHeader("xi-api-key"))) {
            error(context, 401, "invalid_api_key", "Invalid API key");
        } else if (context.request().getHeader("Authorization") != null) {
            error(context, 400, "invalid_parameters", "Use xi-api-key, not Authorization");
        } else {
            context.next();
        }
    }

    private void speak(RoutingContext context) {
        if (scripted("tts", context)) {
            return;
        }
        JsonObject body = context.body().asJsonObject();
        String problem = formatProblem(context, body);
        String model = body.getString("model_id", "eleven_multilingual_v2");
        String text = body.getValue("text") instanceof String t ? t : null;
        if (problem == null && (text == null || text.isBlank())) {
            problem = "text is required";
        }
        if (problem == null && !LIMITS.containsKey(model)) {
            problem = "model_id is not a text-to-speech model";
        }
        if (problem != null) {
            validation(context, problem);
        } else if (!VOICE.equals(context.pathParam("voice"))) {
            error(context, 400, "voice_not_found", "A voice with that id was not found.");
        } else if (text.length() > limit(model)) {
            error(context, 400, "max_character_limit_exceeded", "Text is too long.");
        } else {
            audio(context, Samples.mp3(4));
        }
    }

    private int limit(String model) {
        return characterLimitOverride > 0 ? characterLimitOverride : LIMITS.get(model);
    }

    private void compose(RoutingContext context) {
        if (scripted("music", context)) {
            return;
        }
        JsonObject body = context.body().asJsonObject();
        String problem = formatProblem(context, body);
        if (problem == null) {
            problem = musicProblem(body);
        }
        if (problem != null) {
            validation(context, problem);
            return;
        }
        context.response().putHeader("song-id", UUID.randomUUID().toString());
        audio(context, Samples.mp3(20));
    }

    private static String musicProblem(JsonObject body) {
        Object prompt = body.getValue("prompt");
        if (!(prompt instanceof String text) || text.isBlank() || text.length() > 2000) {
            return "prompt must be 1 to 2000 characters";
        }
        if (body.containsKey("composition_plan") || body.containsKey("seed")) {
            return "composition_plan and seed cannot be combined with prompt";
        }
        Object length = body.getValue("music_length_ms");
        // Accepts the widest published range; the adapter must stay within every one.
        if (length != null && !(length instanceof Integer ms && ms >= 3000 && ms <= 600_000)) {
            return "music_length_ms must be an integer from 3000 to 600000";
        }
        String model = body.getString("model_id", "music_v1");
        if (!Set.of("music_v1", "music_v2").contains(model)) {
            return "model_id is not a music model";
        }
        Object instrumental = body.getValue("force_instrumental");
        return instrumental == null || instrumental instanceof Boolean ? null
                : "force_instrumental must be a boolean";
    }

    private static String formatProblem(RoutingContext context, JsonObject body) {
        if (body == null) {
            return "a JSON body is required";
        }
        if (body.containsKey("output_format")) {
            return "output_format is a query parameter, not a body field";
        }
        String format = context.queryParams().get("output_format");
        return format == null || FORMATS.contains(format) ? null
                : "output_format is not a known format";
    }

    private static void audio(RoutingContext context, byte[] bytes) {
        context.response().putHeader("Content-Type", "audio/mpeg")
                .putHeader("character-cost", "42").end(Buffer.buffer(bytes));
    }

    private static void validation(RoutingContext context, String problem) {
        json(context, 422, new JsonObject().put("detail", new JsonArray().add(new JsonObject()
                .put("loc", new JsonArray().add("body")).put("msg", problem)
                .put("type", "value_error"))));
    }

    private static void error(RoutingContext context, int status, String code, String text) {
        json(context, status, new JsonObject().put("detail", new JsonObject()
                .put("type", "error").put("code", code).put("status", code)
                .put("message", text)));
    }
}
