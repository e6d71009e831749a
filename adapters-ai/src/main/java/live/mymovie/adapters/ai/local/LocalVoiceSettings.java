package live.mymovie.adapters.ai.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Where the local voice finds espeak-ng, how fast it speaks and how long one line may take. */
public record LocalVoiceSettings(Path espeakNg, int wordsPerMinute, Duration lineTimeout) {

    public LocalVoiceSettings {
        Objects.requireNonNull(espeakNg, "espeakNg");
        Objects.requireNonNull(lineTimeout, "lineTimeout");
        if (wordsPerMinute < 80 || wordsPerMinute > 450) {
            throw new IllegalArgumentException("Speech runs at 80 to 450 words a minute");
        }
    }

    /** Debian's espeak-ng at 155 words a minute, 20 seconds per line at most. */
    public static LocalVoiceSettings defaults() {
        return new LocalVoiceSettings(Path.of("/usr/bin/espeak-ng"), 155, Duration.ofSeconds(20));
    }
}
