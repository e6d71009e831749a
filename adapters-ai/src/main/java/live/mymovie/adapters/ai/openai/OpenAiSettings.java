package live.mymovie.adapters.ai.openai;

import java.time.Duration;
import java.util.Objects;

import live.mymovie.adapters.ai.catalog.ProviderSettings;
import live.mymovie.adapters.ai.http.HttpTuning;

/**
 * How to reach OpenAI: key, endpoint, model, answer budget and optional organisation and
 * project. The key never shows in {@link #toString()}.
 */
public record OpenAiSettings(
        String apiKey,
        String baseUrl,
        String model,
        int maxCompletionTokens,
        String reasoningEffort,
        String organization,
        String project,
        HttpTuning tuning) {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-5.4-mini";

    public OpenAiSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tuning, "tuning");
    }

    /**
     * Reads the generic settings: {@code model}, {@code MAX_COMPLETION_TOKENS},
     * {@code REASONING_EFFORT}, {@code ORGANIZATION}, {@code PROJECT} and the HTTP tuning.
     */
    public static OpenAiSettings from(ProviderSettings settings) {
        return new OpenAiSettings(
                settings.requireApiKey(),
                settings.baseUrlOr(DEFAULT_BASE_URL),
                settings.modelOr(DEFAULT_MODEL),
                (int) settings.extraLong("MAX_COMPLETION_TOKENS", 16_000),
                settings.extra("REASONING_EFFORT", null),
                settings.extra("ORGANIZATION", null),
                settings.extra("PROJECT", null),
                settings.tuning(Duration.ofSeconds(180)));
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=[redacted]]";
    }
}
