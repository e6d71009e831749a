package live.mymovie.adapters.ai.catalog;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which provider serves each step; a step not named is served by {@code local}.
 */
public record ProviderSelection(Map<Step, String> byStep) {

    public static final String LOCAL = "local";

    public ProviderSelection {
        EnumMap<Step, String> all = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            all.put(step, LOCAL);
        }
        byStep.forEach((step, name) -> all.put(step, name.strip().toLowerCase(Locale.ROOT)));
        byStep = Map.copyOf(all);
    }

    /** Every step served by the local providers. */
    public static ProviderSelection allLocal() {
        return new ProviderSelection(Map.of());
    }

    /**
     * Reads {@code planner=openai,image=runway,...}; a bare name such as {@code local}
     * applies to every step, and blank means all local.
     */
    public static ProviderSelection parse(String spec) {
        Map<Step, String> chosen = new EnumMap<>(Step.class);
        for (String entry : spec == null ? new String[0] : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                for (Step step : Step.values()) {
                    chosen.put(step, entry.strip());
                }
            } else {
                chosen.put(Step.ofKey(entry.substring(0, equals)), requireName(entry, equals));
            }
        }
        return new ProviderSelection(chosen);
    }

    private static String requireName(String entry, int equals) {
        String name = entry.substring(equals + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("No provider named in '" + entry.strip() + "'.");
        }
        return name;
    }

    public String providerFor(Step step) {
        return byStep.get(step);
    }
}
