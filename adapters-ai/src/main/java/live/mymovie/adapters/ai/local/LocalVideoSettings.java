package live.mymovie.adapters.ai.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the local video generator animates: where ffmpeg is (MP4 when it is there, animated
 * GIF otherwise), frame rates, the widest clip and how long one encoding may take.
 */
public record LocalVideoSettings(Path ffmpeg, int framesPerSecond, int maxWidth,
        int gifFramesPerSecond, int gifWidth, Duration timeout) {

    public LocalVideoSettings {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(timeout, "timeout");
        if (framesPerSecond < 1 || gifFramesPerSecond < 1 || maxWidth < 16 || gifWidth < 16) {
            throw new IllegalArgumentException("Frame rates and widths must be positive");
        }
    }

    /** Debian's ffmpeg, 24 fps up to 1280 px wide; GIF at 10 fps and 480 px. */
    public static LocalVideoSettings defaults() {
        return new LocalVideoSettings(Path.of("/usr/bin/ffmpeg"), 24, 1280, 10, 480,
                Duration.ofMinutes(2));
    }
}
