package live.mymovie.adapters.ai.elevenlabs;

import static live.mymovie.adapters.ai.elevenlabs.ElevenLabsTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import live.mymovie.adapters.ai.fake.CapturedLogs;
import live.mymovie.adapters.ai.fake.FakeAnswer;
import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.adapters.ai.fake.FakeServer.RecordedRequest;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.MusicComposer.MusicRequest;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;
import live.mymovie.domain.creation.MusicBrief;

class ElevenLabsMusicComposerTest {

    private static Vertx vertx;
    private FakeElevenLabs fake;
    private ElevenLabsMusicComposer composer;

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
        composer = new ElevenLabsMusicComposer(settings(fake, FakeElevenLabs.KEY, 0), vertx,
                Clock.systemUTC());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private static MusicRequest request(int seconds) {
        return new MusicRequest("The Lighthouse Cat", new MusicBrief("hopeful", "folk", 96,
                "D major", List.of("fiddle", "guitar")), seconds);
    }

    private ProviderFailure failure() {
        return assertThrows(ProviderFailure.class,
                () -> composer.compose(request(30), RecordingCall.fresh()));
    }

    @Test
    void composes_the_soundtrack_from_the_brief() {
        RecordingCall call = RecordingCall.fresh();

        GeneratedFile track = composer.compose(request(30), call);

        assertEquals("audio/mpeg", track.contentType());
        assertEquals('I', track.bytes()[0]);
        assertEquals("music_v1", track.provenance().model());
        assertNull(track.providerUrlExpiresAt());
        RecordedRequest sent = fake.requests().get(0);
        assertEquals(FakeElevenLabs.KEY, sent.header("xi-api-key"));
        assertNull(sent.header("Authorization"));
        assertEquals("mp3_44100_128", sent.query().get("output_format"));
        JsonObject body = sent.json();
        assertEquals(30_000, body.getInteger("music_length_ms"));
        assertEquals(true, body.getBoolean("force_instrumental"));
        assertTrue(body.getString("prompt").startsWith("hopeful folk soundtrack"));
        assertTrue(body.getString("prompt").contains("96 bpm, in D major, featuring fiddle"));
        assertEquals(100, call.progressReports().get(call.progressReports().size() - 1));
    }

    @ParameterizedTest
    @CsvSource({"2, 10000", "45, 45000", "900, 300000"})
    void keeps_the_length_within_every_published_range(int seconds, int sentMs) {
        composer.compose(request(seconds), RecordingCall.fresh());

        assertEquals(sentMs, fake.requests().get(0).json().getInteger("music_length_ms"));
    }

    @Test
    void out_of_credits_in_the_legacy_shape_is_out_of_credits() {
        fake.answerNext("music", FakeElevenLabs.legacyError(401, "quota_exceeded",
                "This request exceeds your quota of 10000. You have 0 credits remaining."));

        ProviderFailure failure = failure();

        assertEquals(Kind.OUT_OF_CREDITS, failure.kind());
        assertEquals(1, fake.requests().size());
    }

    @Test
    void out_of_credits_in_the_current_shape_is_out_of_credits() {
        fake.answerNext("music", FakeElevenLabs.error(401, "quota_exceeded", "Out of quota"));

        assertEquals(Kind.OUT_OF_CREDITS, failure().kind());
    }

    @Test
    void an_invalid_key_is_misconfigured_and_never_shows() {
        String wrongKey = "sk_wrong0123456789abcdef0123456789abcdef";
        ElevenLabsMusicComposer wrong = new ElevenLabsMusicComposer(
                settings(fake, wrongKey, 0), vertx, Clock.systemUTC());

        try (CapturedLogs logs = new CapturedLogs()) {
            ProviderFailure failure = assertThrows(ProviderFailure.class,
                    () -> wrong.compose(request(30), RecordingCall.fresh()));

            assertEquals(Kind.MISCONFIGURED, failure.kind());
            assertFalse(failure.getMessage().contains(wrongKey));
            assertFalse(logs.all().contains(wrongKey));
            assertTrue(logs.all().contains("provider request id"));
            assertFalse(wrong.toString().contains(wrongKey));
        }
    }

    @Test
    void a_paid_plan_feature_refused_is_misconfigured() {
        fake.answerNext("music", FakeElevenLabs.error(403, "only_for_creator+",
                "Music needs a paid plan."));

        assertEquals(Kind.MISCONFIGURED, failure().kind());
    }

    @Test
    void a_validation_error_is_rejected() {
        fake.answerNext("music", FakeAnswer.json(422,
                "{\"detail\":[{\"loc\":[\"body\",\"prompt\"],\"msg\":\"bad\",\"type\":\"x\"}]}"));

        assertEquals(Kind.REJECTED, failure().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"too_many_concurrent_requests", "system_busy",
        "rate_limit_exceeded"})
    void a_busy_answer_is_retried_within_the_call(String code) {
        fake.answerNext("music", FakeElevenLabs.error(429, code, "Busy"));

        composer.compose(request(30), RecordingCall.fresh());

        assertEquals(2, fake.requests().size());
    }

    @Test
    void a_retry_after_longer_than_the_call_can_wait_goes_back_to_the_queue() {
        fake.answerNext("music", FakeElevenLabs.error(429, "rate_limit_exceeded", "Busy")
                .withHeader("retry-after", "30"));

        ProviderFailure failure = failure();

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertEquals(Duration.ofSeconds(30), failure.retryAfter().orElseThrow());
    }

    @Test
    void a_persistent_server_error_ends_as_transient_with_a_wait() {
        FakeAnswer broken = FakeElevenLabs.error(500, "internal", "Server error");
        fake.answerNext("music", broken, broken, broken);

        ProviderFailure failure = failure();

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.retryAfter().isPresent());
        assertEquals(3, fake.requests().size());
    }

    @Test
    void a_slow_answer_past_the_timeout_is_transient() {
        fake.answerNext("music", FakeAnswer.status(200).after(Duration.ofMillis(900)));
        ElevenLabsMusicComposer impatient = new ElevenLabsMusicComposer(settings(fake,
                FakeElevenLabs.KEY, 0, ElevenLabsTestSupport.QUICK.withCallTimeout(
                        Duration.ofMillis(300))), vertx, Clock.systemUTC());

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> impatient.compose(request(30), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertEquals(1, fake.requests().size());
    }

    @Test
    void a_json_answer_instead_of_audio_is_transient() {
        fake.answerNext("music", FakeAnswer.malformed());

        assertEquals(Kind.TRANSIENT, failure().kind());
    }
}
