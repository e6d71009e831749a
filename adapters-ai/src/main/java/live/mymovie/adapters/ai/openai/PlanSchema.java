package live.mymovie.adapters.ai.openai;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The strict JSON schema the planner must answer in: every object closed and every property
 * required, as OpenAI's structured outputs demand.
 */
final class PlanSchema {

    static final String NAME = "story_plan";

    private PlanSchema() {
    }

    /** The {@code response_format} member of the request. */
    static JsonObject responseFormat() {
        return new JsonObject()
                .put("type", "json_schema")
                .put("json_schema", new JsonObject()
                        .put("name", NAME)
                        .put("description", "A short animated movie's plan and music brief.")
                        .put("strict", true)
                        .put("schema", schema()));
    }

    static JsonObject schema() {
        return closed(new JsonObject()
                .put("title", text("The movie's title."))
                .put("logline", text("One sentence that sums up the story."))
                .put("shots", new JsonObject().put("type", "array")
                        .put("description", "The shots in order, 1 to 12 of them.")
                        .put("items", shot()))
                .put("music", music()));
    }

    private static JsonObject shot() {
        return closed(new JsonObject()
                .put("description", text("What the frame shows, for an image model."))
                .put("camera", text("Camera framing and motion."))
                .put("durationSeconds", new JsonObject().put("type", "integer")
                        .put("description", "5 or 10 seconds."))
                .put("narration", text("The line spoken over the shot; may be empty."))
                .put("cast", new JsonObject().put("type", "array")
                        .put("description", "Names of the cast members seen in the shot.")
                        .put("items", new JsonObject().put("type", "string")))
                .put("location", new JsonObject()
                        .put("type", new JsonArray().add("string").add("null"))
                        .put("description", "The location's name, or null for none.")));
    }

    private static JsonObject music() {
        return closed(new JsonObject()
                .put("mood", text("The feeling of the soundtrack."))
                .put("genre", text("The musical genre."))
                .put("tempoBpm", new JsonObject().put("type", "integer")
                        .put("description", "Tempo in beats per minute, 40 to 240."))
                .put("key", text("Musical key, e.g. D minor."))
                .put("instruments", new JsonObject().put("type", "array")
                        .put("items", new JsonObject().put("type", "string"))));
    }

    private static JsonObject closed(JsonObject properties) {
        List<String> names = List.copyOf(properties.fieldNames());
        return new JsonObject()
                .put("type", "object")
                .put("additionalProperties", false)
                .put("required", new JsonArray(List.copyOf(names)))
                .put("properties", properties);
    }

    private static JsonObject text(String description) {
        return new JsonObject().put("type", "string").put("description", description);
    }
}
