package live.mymovie.adapters.ai.elevenlabs;

import java.time.Clock;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;

/** Composes the soundtrack with ElevenLabs Music from the plan's music brief. */
public final class ElevenLabsMusicComposer implements MusicComposer {

    /** The range every published version of the API accepts. */
    static final int MIN_LENGTH_MS = 10_000;
    static final int MAX_LENGTH_MS = 300_000;
    static final int MAX_PROMPT = 2_000;

    private final ElevenLabsSettings settings;
    private final ElevenLabsClient client;

    public ElevenLabsMusicComposer(ElevenLabsSettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.client = new ElevenLabsClient(settings, settings.musicTuning(), vertx, clock);
    }

    @Override
    public String name() {
        return "elevenlabs";
    }

    @Override
    public GeneratedFile compose(MusicRequest request, ProviderCall call) {
        String prompt = prompt(request);
        JsonObject body = new JsonObject()
                .put("prompt", prompt)
                .put("music_length_ms", lengthMs(request.lengthSeconds()))
                .put("model_id", settings.musicModel())
                .put("force_instrumental", true);
        call.progress(5);

        ElevenLabsClient.Audio audio = client.post("Compose music with ElevenLabs", "/v1/music",
                body);

        call.progress(100);
        return new GeneratedFile(audio.bytes(), audio.contentType(),
                new Provenance(name(), settings.musicModel(), prompt), null);
    }

    static int lengthMs(int seconds) {
        long wanted = (long) seconds * 1000;
        return (int) Math.max(MIN_LENGTH_MS, Math.min(MAX_LENGTH_MS, wanted));
    }

    static String prompt(MusicRequest request) {
        MusicBrief brief = request.brief();
        StringBuilder text = new StringBuilder()
                .append(brief.mood().strip()).append(' ').append(brief.genre().strip())
                .append(" soundtrack");
        if (request.storyTitle() != null && !request.storyTitle().isBlank()) {
            text.append(" for a short animated film called \"")
                    .append(request.storyTitle().strip()).append('"');
        }
        text.append(", ").append(brief.tempoBpm()).append(" bpm");
        if (!brief.key().isBlank()) {
            text.append(", in ").append(brief.key().strip());
        }
        if (!brief.instruments().isEmpty()) {
            text.append(", featuring ").append(String.join(", ", brief.instruments()));
        }
        text.append(". Instrumental, no vocals.");
        String prompt = text.toString();
        return prompt.length() <= MAX_PROMPT ? prompt : prompt.substring(0, MAX_PROMPT);
    }

    @Override
    public String toString() {
        return "ElevenLabsMusicComposer[" + settings + "]";
    }
}
