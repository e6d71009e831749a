package live.mymovie.adapters.ai.elevenlabs;

import java.time.Duration;

import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.adapters.ai.http.HttpTuning;

/** Settings shared by the ElevenLabs adapter tests. */
final class ElevenLabsTestSupport {

    static final HttpTuning QUICK = new HttpTuning(Duration.ofSeconds(2),
            Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ofSeconds(1));

    private ElevenLabsTestSupport() {
    }

    static ElevenLabsSettings settings(FakeElevenLabs fake, String key, int maxCharacters) {
        return settings(fake, key, maxCharacters, QUICK);
    }

    static ElevenLabsSettings settings(FakeElevenLabs fake, String key, int maxCharacters,
            HttpTuning tuning) {
        return new ElevenLabsSettings(key, fake.origin(), FakeElevenLabs.VOICE,
                "eleven_multilingual_v2", maxCharacters, "music_v1", "mp3_44100_128", tuning,
                tuning);
    }
}
