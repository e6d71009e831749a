package live.mymovie.adapters.ai.catalog;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import live.mymovie.adapters.ai.http.HttpTuning;

/**
 * What configuration says about one provider: key, endpoint, model and any further settings
 * by name (bootstrap fills {@code extras} from {@code <NAME>_<SETTING>} variables). Blank
 * values mean "use the provider's default"; the key never shows in {@link #toString()}.
 */
public record ProviderSettings(
        String name, String apiKey, String baseUrl, String model, Map<String, String> extras) {

    public ProviderSettings {
        Objects.requireNonNull(name, "name");
        name = name.strip().toLowerCase(Locale.ROOT);
        apiKey = blankToNull(apiKey);
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        extras = Map.copyOf(extras == null ? Map.of() : extras);
    }

    /** Settings with nothing configured. */
    public static ProviderSettings empty(String name) {
        return new ProviderSettings(name, null, null, null, Map.of());
    }

    /**
     * The settings of one provider from a map of variables such as the environment:
     * {@code <NAME>_API_KEY}, {@code <NAME>_BASE_URL}, {@code <NAME>_MODEL}, and every other
     * {@code <NAME>_<SETTING>} as an extra named {@code <SETTING>}.
     */
    public static ProviderSettings fromVariables(String name, Map<String, String> variables) {
        String prefix = empty(name).variablePrefix();
        Map<String, String> extras = new HashMap<>();
        variables.forEach((variable, value) -> {
            if (variable.startsWith(prefix) && value != null) {
                extras.put(variable.substring(prefix.length()), value);
            }
        });
        String apiKey = extras.remove("API_KEY");
        String baseUrl = extras.remove("BASE_URL");
        String model = extras.remove("MODEL");
        return new ProviderSettings(name, apiKey, baseUrl, model, extras);
    }

    /** The variable that holds this provider's key, e.g. {@code RUNWAY_API_KEY}. */
    public String apiKeyVariable() {
        return variablePrefix() + "API_KEY";
    }

    /** The key, or a clear failure naming the variable that should hold it. */
    public String requireApiKey() {
        if (apiKey == null) {
            throw new IllegalStateException("The " + name + " provider needs an API key: set "
                    + apiKeyVariable() + ".");
        }
        return apiKey;
    }

    public String baseUrlOr(String fallback) {
        return baseUrl == null ? fallback : baseUrl;
    }

    public String modelOr(String fallback) {
        return model == null ? fallback : model;
    }

    public String extra(String key, String fallback) {
        String value = blankToNull(extras.get(key));
        return value == null ? fallback : value;
    }

    /** A whole-number setting, with a failure naming its variable when it is not one. */
    public long extraLong(String key, long fallback) {
        String value = extra(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notNumber) {
            throw new IllegalStateException(variablePrefix() + key + " must be a whole number.");
        }
    }

    public Duration extraMillis(String key, Duration fallback) {
        return Duration.ofMillis(extraLong(key, fallback.toMillis()));
    }

    /** A comma-separated list setting. */
    public List<String> extraList(String key, List<String> fallback) {
        String value = extra(key, null);
        return value == null ? fallback
                : Arrays.stream(value.split(",")).map(String::strip)
                        .filter(item -> !item.isEmpty()).toList();
    }

    /**
     * The HTTP tuning from {@code CONNECT_TIMEOUT_MS}, {@code CALL_TIMEOUT_MS},
     * {@code MAX_ATTEMPTS}, {@code RETRY_BASE_MS} and {@code MAX_IN_CALL_WAIT_MS}.
     */
    public HttpTuning tuning(Duration defaultCallTimeout) {
        HttpTuning standard = HttpTuning.standard(defaultCallTimeout);
        return new HttpTuning(
                extraMillis("CONNECT_TIMEOUT_MS", standard.connectTimeout()),
                extraMillis("CALL_TIMEOUT_MS", standard.callTimeout()),
                (int) extraLong("MAX_ATTEMPTS", standard.maxAttempts()),
                extraMillis("RETRY_BASE_MS", standard.retryBase()),
                extraMillis("MAX_IN_CALL_WAIT_MS", standard.maxInCallWait()));
    }

    private String variablePrefix() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ProviderSettings[name=" + name + ", apiKey=" + (apiKey == null ? "unset"
                : "[redacted]") + ", baseUrl=" + baseUrl + ", model=" + model + ", extras="
                + extras.keySet() + "]";
    }
}
