package live.mymovie.adapters.ai.elevenlabs;

import static live.mymovie.adapters.ai.elevenlabs.ElevenLabsTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.adapters.ai.fake.FakeServer.RecordedRequest;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.adapters.ai.fake.Samples;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationRequest;

class ElevenLabsVoiceSynthesizerTest {

    private static Vertx vertx;
    private FakeElevenLabs fake;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    @BeforeEach
    void startFake() {
        fake = new FakeElevenLabs(vertx);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private ElevenLabsVoiceSynthesizer synthesizer(int maxCharacters) {
        return new ElevenLabsVoiceSynthesizer(settings(fake, FakeElevenLabs.KEY, maxCharacters),
                vertx, Clock.systemUTC());
    }

    private static NarrationRequest narration(String... lines) {
        List<NarrationLine> all = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            all.add(new NarrationLine(i + 1, lines[i], 5));
        }
        return new NarrationRequest(all);
    }

    @Test
    void records_the_narration_in_the_configured_voice_and_model() {
        GeneratedFile voice = synthesizer(0).narrate(
                narration("Every night, Mia climbed.", "", "The light held."),
                RecordingCall.fresh());

        assertEquals("audio/mpeg", voice.contentType());
        assertEquals("eleven_multilingual_v2", voice.provenance().model());
        RecordedRequest sent = fake.requests().get(0);
        assertEquals("/v1/text-to-speech/" + FakeElevenLabs.VOICE, sent.path());
        assertEquals("mp3_44100_128", sent.query().get("output_format"));
        assertEquals(FakeElevenLabs.KEY, sent.header("xi-api-key"));
        JsonObject body = sent.json();
        assertEquals("Every night, Mia climbed.\n\nThe light held.", body.getString("text"));
        assertEquals("eleven_multilingual_v2", body.getString("model_id"));
    }

    @Test
    void narration_over_the_character_limit_is_split_between_sentences_and_joined() {
        fake.limitCharacters(60);
        String line = "Every night, Mia climbed the stairs. The storm grew louder. "
                + "She lit the lamp! Ships turned home. Was anyone watching? The light held.";

        GeneratedFile voice = synthesizer(60).narrate(narration(line), RecordingCall.fresh());

        List<RecordedRequest> parts = fake.requests();
        assertTrue(parts.size() > 1);
        StringBuilder spoken = new StringBuilder();
        for (RecordedRequest part : parts) {
            String text = part.json().getString("text");
            assertTrue(text.length() <= 60);
            assertTrue(text.matches(".*[.!?]$"), text);
            spoken.append(spoken.isEmpty() ? "" : " ").append(text);
        }
        assertEquals(line, spoken.toString());
        int frames = Samples.mp3(4).length - 20;
        assertEquals(20 + frames * parts.size(), voice.bytes().length);
        assertTrue(parts.get(1).json().containsKey("previous_text"));
    }

    @Test
    void the_split_follows_the_models_own_limit_by_default() {
        assertEquals(10_000, ElevenLabsSettings.characterLimit("eleven_multilingual_v2"));
        assertEquals(40_000, ElevenLabsSettings.characterLimit("eleven_flash_v2_5"));
        assertEquals(3_000, ElevenLabsSettings.characterLimit("eleven_v3"));
    }

    @Test
    void an_unknown_voice_is_misconfigured() {
        ElevenLabsSettings base = settings(fake, FakeElevenLabs.KEY, 0);
        ElevenLabsVoiceSynthesizer lost = new ElevenLabsVoiceSynthesizer(new ElevenLabsSettings(
                base.apiKey(), base.baseUrl(), "noSuchVoice", base.speechModel(), 0,
                base.musicModel(), base.outputFormat(), base.speechTuning(),
                base.musicTuning()), vertx, Clock.systemUTC());

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> lost.narrate(narration("Hello."), RecordingCall.fresh()));

        assertEquals(Kind.MISCONFIGURED, failure.kind());
    }

    @Test
    void out_of_credits_while_speaking_is_out_of_credits() {
        fake.answerNext("tts", FakeElevenLabs.legacyError(401, "quota_exceeded",
                "You have 0 credits remaining, while 91 credits are required."));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> synthesizer(0).narrate(narration("Hello."), RecordingCall.fresh()));

        assertEquals(Kind.OUT_OF_CREDITS, failure.kind());
    }

    @Test
    void a_text_over_the_providers_limit_is_rejected() {
        fake.answerNext("tts", FakeElevenLabs.error(400, "max_character_limit_exceeded",
                "Too long"));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> synthesizer(0).narrate(narration("Hello."), RecordingCall.fresh()));

        assertEquals(Kind.REJECTED, failure.kind());
    }

    @Test
    void no_narration_at_all_is_rejected_without_calling_the_provider() {
        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> synthesizer(0).narrate(narration("", "  "), RecordingCall.fresh()));

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(fake.requests().isEmpty());
    }

    @Test
    void a_concurrency_limit_is_retried_within_the_call() {
        fake.answerNext("tts", FakeElevenLabs.error(429, "concurrent_limit_exceeded", "Busy"));

        GeneratedFile voice = synthesizer(0).narrate(narration("Hello."),
                RecordingCall.fresh());

        assertTrue(voice.bytes().length > 0);
        assertEquals(2, fake.requests().size());
    }

    @Test
    void a_persistent_server_error_while_speaking_ends_as_transient() {
        var broken = FakeElevenLabs.error(503, "system_busy", "Busy");
        fake.answerNext("tts", broken, broken, broken);

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> synthesizer(0).narrate(narration("Hello."), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.retryAfter().isPresent());
        assertTrue(failure.providerRequestId().isPresent());
    }
}
