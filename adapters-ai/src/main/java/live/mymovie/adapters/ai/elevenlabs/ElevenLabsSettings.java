package live.mymovie.adapters.ai.elevenlabs;

import java.time.Duration;
import java.util.Objects;

import live.mymovie.adapters.ai.catalog.ProviderSettings;
import live.mymovie.adapters.ai.http.HttpTuning;

/**
 * How to reach ElevenLabs: key, endpoint, voice, speech and music models, audio format and
 * timeouts. The key never shows in {@link #toString()}.
 */
public record ElevenLabsSettings(
        String apiKey,
        String baseUrl,
        String voiceId,
        String speechModel,
        int maxCharacters,
        String musicModel,
        String outputFormat,
        HttpTuning speechTuning,
        HttpTuning musicTuning) {

    public static final String DEFAULT_BASE_URL = "https://api.elevenlabs.io";
    public static final String DEFAULT_VOICE_ID = "21m00Tcm4TlvDq8ikWAM";
    public static final String DEFAULT_SPEECH_MODEL = "eleven_multilingual_v2";

    public ElevenLabsSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(voiceId, "voiceId");
        Objects.requireNonNull(speechModel, "speechModel");
        Objects.requireNonNull(musicModel, "musicModel");
        Objects.requireNonNull(outputFormat, "outputFormat");
        Objects.requireNonNull(speechTuning, "speechTuning");
        Objects.requireNonNull(musicTuning, "musicTuning");
        if (maxCharacters <= 0) {
            maxCharacters = characterLimit(speechModel);
        }
    }

    /**
     * Reads the generic settings: {@code model} (speech), {@code VOICE_ID},
     * {@code MAX_CHARACTERS}, {@code MUSIC_MODEL}, {@code OUTPUT_FORMAT},
     * {@code MUSIC_CALL_TIMEOUT_MS} and the HTTP tuning.
     */
    public static ElevenLabsSettings from(ProviderSettings settings) {
        HttpTuning speech = settings.tuning(Duration.ofSeconds(120));
        return new ElevenLabsSettings(
                settings.requireApiKey(),
                settings.baseUrlOr(DEFAULT_BASE_URL),
                settings.extra("VOICE_ID", DEFAULT_VOICE_ID),
                settings.modelOr(DEFAULT_SPEECH_MODEL),
                (int) settings.extraLong("MAX_CHARACTERS", 0),
                settings.extra("MUSIC_MODEL", "music_v1"),
                settings.extra("OUTPUT_FORMAT", "mp3_44100_128"),
                speech,
                speech.withCallTimeout(settings.extraMillis("MUSIC_CALL_TIMEOUT_MS",
                        Duration.ofMinutes(5))));
    }

    /** The per-request character limit of a speech model; the lower figure where docs differ. */
    static int characterLimit(String model) {
        return switch (model) {
            case "eleven_flash_v2_5", "eleven_turbo_v2_5" -> 40_000;
            case "eleven_flash_v2", "eleven_turbo_v2" -> 30_000;
            case "eleven_v3" -> 3_000;
            default -> 10_000;
        };
    }

    @Override
    public String toString() {
        return "ElevenLabsSettings[baseUrl=" + baseUrl + ", voiceId=" + voiceId
                + ", speechModel=" + speechModel + ", musicModel=" + musicModel
                + ", apiKey=[redacted]]";
    }
}
