package live.mymovie.adapters.ai.openai;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Reads the planner's JSON into a story plan, refusing anything that strays from the schema;
 * numbers outside the product's ranges are brought within them rather than refused.
 */
final class PlanReader {

    private PlanReader() {
    }

    /** The answer that broke the schema, with what was wrong. */
    static final class OffSchema extends RuntimeException {
        OffSchema(String what) {
            super(what, null, false, false);
        }
    }

    static StoryPlan read(String content, Provenance provenance) {
        JsonObject plan = parse(content);
        JsonObject music = object(plan, "music");
        List<ShotScript> shots = shots(array(plan, "shots"));
        return new StoryPlan(text(plan, "title"), text(plan, "logline"),
                new MusicBrief(text(music, "mood"), text(music, "genre"),
                        clamp(integer(music, "tempoBpm"), 40, 240), text(music, "key"),
                        strings(array(music, "instruments"), "instruments")),
                shots, provenance);
    }

    private static JsonObject parse(String content) {
        try {
            return new JsonObject(content);
        } catch (DecodeException | ClassCastException notObject) {
            throw new OffSchema("the answer is not a JSON object");
        }
    }

    private static List<ShotScript> shots(JsonArray array) {
        if (array.isEmpty()) {
            throw new OffSchema("the plan has no shots");
        }
        List<ShotScript> shots = new ArrayList<>();
        for (int i = 0; i < Math.min(array.size(), StoryPlan.MAX_SHOTS); i++) {
            if (!(array.getValue(i) instanceof JsonObject shot)) {
                throw new OffSchema("shot " + (i + 1) + " is not an object");
            }
            shots.add(shot(i + 1, shot));
        }
        return shots;
    }

    private static ShotScript shot(int number, JsonObject shot) {
        Object location = shot.getValue("location");
        if (!shot.containsKey("location") || !(location == null || location instanceof String)) {
            throw new OffSchema("shot " + number + " has no location field");
        }
        String place = location == null || ((String) location).isBlank()
                ? null : ((String) location).strip();
        return new ShotScript(ShotNumber.of(number), text(shot, "description"),
                text(shot, "camera"), clamp(integer(shot, "durationSeconds"), 1, 60),
                text(shot, "narration"), strings(array(shot, "cast"), "cast"), place);
    }

    private static String text(JsonObject object, String field) {
        if (!(object.getValue(field) instanceof String value)) {
            throw new OffSchema(field + " is missing or not text");
        }
        return value.strip();
    }

    private static int integer(JsonObject object, String field) {
        Object value = object.getValue(field);
        if (!(value instanceof Number number) || number.doubleValue() % 1 != 0) {
            throw new OffSchema(field + " is missing or not a whole number");
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                number.longValue()));
    }

    private static JsonObject object(JsonObject object, String field) {
        if (!(object.getValue(field) instanceof JsonObject value)) {
            throw new OffSchema(field + " is missing or not an object");
        }
        return value;
    }

    private static JsonArray array(JsonObject object, String field) {
        if (!(object.getValue(field) instanceof JsonArray value)) {
            throw new OffSchema(field + " is missing or not a list");
        }
        return value;
    }

    private static List<String> strings(JsonArray array, String field) {
        List<String> values = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String value)) {
                throw new OffSchema(field + " holds something other than text");
            }
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
