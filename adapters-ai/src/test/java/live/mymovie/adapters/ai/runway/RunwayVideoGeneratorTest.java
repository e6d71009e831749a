package live.mymovie.adapters.ai.runway;

import static live.mymovie.adapters.ai.runway.RunwayTestSupport.FIXED;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.NOW;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.settings;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import live.mymovie.adapters.ai.fake.FakeAnswer;
import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.adapters.ai.fake.Samples;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.VideoGenerator.ClipRequest;

class RunwayVideoGeneratorTest {

    private static Vertx vertx;
    private FakeRunway fake;
    private RunwayVideoGenerator generator;

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
        fake = new FakeRunway(vertx);
        generator = new RunwayVideoGenerator(settings(fake), vertx, FIXED);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private static ClipRequest clip(int width, int height, int seconds) {
        ReferenceImage frame = new ReferenceImage(null, "frame", "image/png",
                Samples.png(width, height));
        return new ClipRequest(shot("The beam sweeps over the sea.", List.of(), null), frame,
                seconds);
    }

    private JsonObject createBody() {
        return fake.requestsTo("POST", "/v1/image_to_video").get(0).json();
    }

    @Test
    void animates_the_stored_frame_sent_as_a_data_uri() {
        RecordingCall call = RecordingCall.fresh();

        GeneratedFile video = generator.animate(clip(160, 90, 5), call);

        assertEquals("video/mp4", video.contentType());
        assertEquals("gen4_turbo", video.provenance().model());
        assertEquals(NOW.plus(Duration.ofHours(24)), video.providerUrlExpiresAt());
        JsonObject body = createBody();
        assertEquals("gen4_turbo", body.getString("model"));
        assertTrue(body.getString("promptImage").startsWith("data:image/png;base64,"));
        assertEquals("1280:720", body.getString("ratio"));
        assertEquals(5, body.getInteger("duration"));
        assertEquals("Slow tilt up. The beam sweeps over the sea.", body.getString("promptText"));
        assertEquals(1, call.startedTasks().size());
    }

    @ParameterizedTest
    @CsvSource({"90, 160, 720:1280", "100, 100, 960:960", "160, 90, 1280:720"})
    void picks_a_video_ratio_from_the_frame_shape(int width, int height, String ratio) {
        generator.animate(clip(width, height, 5), RecordingCall.fresh());

        assertEquals(ratio, createBody().getString("ratio"));
    }

    @ParameterizedTest
    @CsvSource({"1, 5", "5, 5", "7, 5", "8, 10", "10, 10", "30, 10"})
    void asks_for_five_or_ten_seconds(int wanted, int sent) {
        generator.animate(clip(160, 90, wanted), RecordingCall.fresh());

        assertEquals(sent, createBody().getInteger("duration"));
    }

    @Test
    void cancel_task_deletes_the_runway_task() {
        String running = fake.existingTask(true, FakeRunway.running(0.3));

        generator.cancelTask(running);

        assertTrue(fake.deleted(running));
        assertEquals(1, fake.requestsTo("DELETE", "/v1/tasks/" + running).size());
    }

    @Test
    void cancelling_a_task_that_is_gone_is_not_an_error() {
        generator.cancelTask("00000000-0000-4000-8000-000000000000");

        assertEquals(1, fake.requestsTo("DELETE", "/v1/tasks/").size());
    }

    @Test
    void a_clip_refused_by_safety_checks_is_a_safety_failure() {
        fake.script(FakeRunway.running(0.4), FakeRunway.failed("SAFETY.OUTPUT.VIDEO"));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.animate(clip(160, 90, 5), RecordingCall.fresh()));

        assertEquals(Kind.SAFETY, failure.kind());
    }

    @Test
    void a_task_that_fails_without_a_code_is_rejected_with_runways_reason() {
        fake.script(FakeRunway.failed(null));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.animate(clip(160, 90, 5), RecordingCall.fresh()));

        assertEquals(Kind.REJECTED, failure.kind());
    }

    @Test
    void a_task_cancelled_at_runway_is_transient_and_replaced_when_resumed() {
        fake.script(FakeRunway.cancelled());
        RecordingCall first = RecordingCall.fresh();

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.animate(clip(160, 90, 5), first));
        fake.script(FakeRunway.succeeded());
        GeneratedFile video = generator.animate(clip(160, 90, 5),
                RecordingCall.resuming(first.startedTasks().get(0)));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(video.bytes().length > 0);
        assertEquals(2, fake.requestsTo("POST", "/v1/image_to_video").size());
    }

    @Test
    void the_fake_refuses_a_frame_over_the_data_uri_limit_the_adapter_respects() {
        fake.answerNext("create", FakeAnswer.json(400, new JsonObject()
                .put("error", "promptImage: data URI is larger than 5 MB")));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.animate(clip(160, 90, 5), RecordingCall.fresh()));

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(failure.personMessage().contains("promptImage"));
    }
}
