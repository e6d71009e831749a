package live.mymovie.adapters.ai.elevenlabs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.domain.creation.Provenance;

/**
 * Records the voiceover with ElevenLabs text-to-speech in the configured voice; narration
 * over the model's character limit is sent in parts split between sentences and joined.
 */
public final class ElevenLabsVoiceSynthesizer implements VoiceSynthesizer {

    private final ElevenLabsSettings settings;
    private final ElevenLabsClient client;

    public ElevenLabsVoiceSynthesizer(ElevenLabsSettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.client = new ElevenLabsClient(settings, settings.speechTuning(), vertx, clock);
    }

    @Override
    public String name() {
        return "elevenlabs";
    }

    @Override
    public GeneratedFile narrate(NarrationRequest request, ProviderCall call) {
        String script = script(request);
        if (script.isEmpty()) {
            throw ProviderFailure.rejected("There is no narration to record.");
        }
        List<String> parts = NarrationParts.split(script, settings.maxCharacters());

        List<byte[]> audio = new ArrayList<>();
        String contentType = "audio/mpeg";
        for (int i = 0; i < parts.size(); i++) {
            ElevenLabsClient.Audio part = client.post("Narrate with ElevenLabs",
                    "/v1/text-to-speech/" + settings.voiceId(), body(parts, i));
            audio.add(part.bytes());
            contentType = part.contentType();
            call.progress(Math.min(99, (i + 1) * 100 / parts.size()));
        }

        call.progress(100);
        return new GeneratedFile(NarrationParts.joinMp3(audio), contentType,
                new Provenance(name(), settings.speechModel(), script), null);
    }

    /** One paragraph per shot, so the voice pauses between shots. */
    static String script(NarrationRequest request) {
        return request.lines().stream()
                .map(line -> line.text() == null ? "" : line.text().strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    /** The part's text, with its neighbours as context so the joins sound continuous. */
    private JsonObject body(List<String> parts, int index) {
        JsonObject body = new JsonObject()
                .put("text", parts.get(index))
                .put("model_id", settings.speechModel());
        if (index > 0) {
            body.put("previous_text", parts.get(index - 1));
        }
        if (index < parts.size() - 1) {
            body.put("next_text", parts.get(index + 1));
        }
        return body;
    }

    @Override
    public String toString() {
        return "ElevenLabsVoiceSynthesizer[" + settings + "]";
    }
}
