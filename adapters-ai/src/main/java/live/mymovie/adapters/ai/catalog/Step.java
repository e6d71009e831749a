package live.mymovie.adapters.ai.catalog;

import java.util.Arrays;
import java.util.Locale;

/** A step of the pipeline that one configured provider serves. */
public enum Step {
    PLANNER("planner"),
    IMAGE("image"),
    VIDEO("video"),
    MUSIC("music"),
    VOICE("voice");

    private final String key;

    Step(String key) {
        this.key = key;
    }

    /** The step's name in {@code MYMOVIE_PROVIDERS}. */
    public String key() {
        return key;
    }

    /** The step a configuration key names. */
    public static Step ofKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(step -> step.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown provider step '" + key
                        + "'; the steps are planner, image, video, music and voice."));
    }
}
