package live.mymovie.adapters.ai.runway;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import live.mymovie.adapters.ai.catalog.ProviderSettings;
import live.mymovie.adapters.ai.http.DownloadPolicy;
import live.mymovie.adapters.ai.http.HttpTuning;

/**
 * How to reach Runway: key, endpoint, models, polling pace and where outputs may be fetched.
 * The key never shows in {@link #toString()}.
 */
public record RunwaySettings(
        String apiKey,
        String baseUrl,
        String imageModel,
        String videoModel,
        HttpTuning tuning,
        Duration pollInterval,
        Duration taskTimeout,
        DownloadPolicy downloads) {

    public static final String DEFAULT_BASE_URL = "https://api.dev.runwayml.com";
    public static final String API_VERSION = "2024-11-06";
    /** The docs ask for no polls more often than every five seconds; the SDK uses six. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(6);

    public RunwaySettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(imageModel, "imageModel");
        Objects.requireNonNull(videoModel, "videoModel");
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(taskTimeout, "taskTimeout");
        Objects.requireNonNull(downloads, "downloads");
    }

    /**
     * Reads the generic settings: {@code model} or {@code IMAGE_MODEL}, {@code VIDEO_MODEL},
     * {@code POLL_INTERVAL_MS}, {@code TASK_TIMEOUT_MS}, {@code DOWNLOAD_HOSTS},
     * {@code DOWNLOAD_MAX_BYTES}, {@code DOWNLOAD_TIMEOUT_MS} and the HTTP tuning.
     */
    public static RunwaySettings from(ProviderSettings settings) {
        return new RunwaySettings(
                settings.requireApiKey(),
                settings.baseUrlOr(DEFAULT_BASE_URL),
                settings.extra("IMAGE_MODEL", settings.modelOr("gen4_image")),
                settings.extra("VIDEO_MODEL", "gen4_turbo"),
                settings.tuning(Duration.ofSeconds(60)),
                settings.extraMillis("POLL_INTERVAL_MS", DEFAULT_POLL_INTERVAL),
                settings.extraMillis("TASK_TIMEOUT_MS", Duration.ofMinutes(10)),
                new DownloadPolicy(
                        settings.extraList("DOWNLOAD_HOSTS",
                                List.of(".runwayml.com", ".cloudfront.net")),
                        settings.extraLong("DOWNLOAD_MAX_BYTES", 200L * 1024 * 1024),
                        settings.extraMillis("DOWNLOAD_TIMEOUT_MS", Duration.ofMinutes(2))));
    }

    @Override
    public String toString() {
        return "RunwaySettings[baseUrl=" + baseUrl + ", imageModel=" + imageModel
                + ", videoModel=" + videoModel + ", pollInterval=" + pollInterval
                + ", apiKey=[redacted]]";
    }
}
