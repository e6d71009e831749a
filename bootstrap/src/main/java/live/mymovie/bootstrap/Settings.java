package live.mymovie.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads settings from the environment and, where `MYMOVIE_CONFIG_FILE` names one, from a
 * properties file with the same names; the environment wins. Only bootstrap reads settings.
 */
public final class Settings {

    public static final String CONFIG_FILE = "MYMOVIE_CONFIG_FILE";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Settings from the given environment, and from its config file when it names one. */
    public static Settings from(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get(CONFIG_FILE);
        if (file != null && !file.isBlank()) {
            merged.putAll(readFile(Path.of(file)));
        }
        environment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                merged.put(name, value);
            }
        });
        return new Settings(merged);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(Map.copyOf(values));
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException failure) {
            throw new ConfigurationError(CONFIG_FILE + " names " + file
                    + ", which cannot be read: " + failure.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        properties.forEach((k, v) -> values.put(k.toString(), v.toString().strip()));
        return values;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    public String text(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the allowed range
        }
        throw new ConfigurationError(name + " must be a whole number from " + min + " to "
                + max + ", not '" + raw.get() + "'");
    }

    public List<String> list(String name) {
        return get(name).map(v -> Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** A comma-separated list of name=value pairs, e.g. `planner=openai,image=runway`. */
    public Map<String, String> pairs(String name) {
        Map<String, String> pairs = new HashMap<>();
        for (String item : list(name)) {
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw new ConfigurationError(name + " must look like a=b,c=d; '" + item
                        + "' does not");
            }
            pairs.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return pairs;
    }

    /** Every setting, for adapters that read their own provider entries by name. */
    public Map<String, String> all() {
        return Map.copyOf(values);
    }
}
