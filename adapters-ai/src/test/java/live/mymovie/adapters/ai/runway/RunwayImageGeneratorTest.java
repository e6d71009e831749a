package live.mymovie.adapters.ai.runway;

import static live.mymovie.adapters.ai.runway.RunwayTestSupport.FIXED;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.NOW;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.POLL;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.cast;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.frameOfMiaAtTheLighthouse;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.impatient;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.place;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.settings;
import static live.mymovie.adapters.ai.runway.RunwayTestSupport.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
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
import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.adapters.ai.fake.FakeServer.RecordedRequest;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.adapters.ai.fake.Samples;
import live.mymovie.adapters.ai.http.DownloadPolicy;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

class RunwayImageGeneratorTest {

    private static Vertx vertx;
    private FakeRunway fake;
    private RunwayImageGenerator generator;

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
        generator = new RunwayImageGenerator(settings(fake), vertx, FIXED);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private JsonObject createBody() {
        List<RecordedRequest> creates = fake.requestsTo("POST", "/v1/text_to_image");
        return creates.get(creates.size() - 1).json();
    }

    @Test
    void draws_a_frame_from_the_shot_with_its_cast_and_location_as_tagged_references() {
        RecordingCall call = RecordingCall.fresh();

        GeneratedFile frame = generator.drawFrame(frameOfMiaAtTheLighthouse(), call);

        assertEquals("image/png", frame.contentType());
        assertEquals(0x89, frame.bytes()[0] & 0xFF);
        assertEquals("runway", frame.provenance().provider());
        assertEquals("gen4_image", frame.provenance().model());
        assertEquals(NOW.plus(Duration.ofHours(24)), frame.providerUrlExpiresAt());
        JsonObject body = createBody();
        assertEquals("1920:1080", body.getString("ratio"));
        JsonArray references = body.getJsonArray("referenceImages");
        assertEquals("Mia", references.getJsonObject(0).getString("tag"));
        assertEquals("Lighthouse", references.getJsonObject(1).getString("tag"));
        assertTrue(references.getJsonObject(0).getString("uri")
                .startsWith("data:image/png;base64,"));
        assertTrue(body.getString("promptText").startsWith("@Mia at @Lighthouse. Mia climbs"));
        assertEquals(frame.provenance().prompt(), body.getString("promptText"));
    }

    @Test
    void remembers_the_task_at_once_and_reports_progress_from_the_running_task() {
        RecordingCall call = RecordingCall.fresh();

        generator.drawFrame(frameOfMiaAtTheLighthouse(), call);

        assertEquals(1, call.startedTasks().size());
        assertEquals(List.of(50, 100), call.progressReports());
    }

    @Test
    void sends_the_documented_auth_and_version_headers() {
        generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh());

        for (RecordedRequest request : fake.requestsTo("GET", "/v1/")) {
            assertEquals("Bearer " + FakeRunway.KEY, request.header("Authorization"));
            assertEquals("2024-11-06", request.header("X-Runway-Version"));
        }
        RecordedRequest download = fake.requestsTo("GET", "/outputs/").get(0);
        assertEquals(null, download.header("Authorization"));
    }

    @Test
    void picks_the_ratio_nearest_to_the_wanted_frame_shape() {
        FrameRequest portrait = new FrameRequest("Story", shot("A tall tower.", List.of(), null),
                List.of(), 1080, 1920);

        generator.drawFrame(portrait, RecordingCall.fresh());

        assertEquals("1080:1920", createBody().getString("ratio"));
        assertFalse(createBody().containsKey("referenceImages"));
    }

    @Test
    void sends_at_most_three_references_keeping_the_location() {
        FrameRequest crowded = new FrameRequest("Story",
                shot("Everyone on the pier.", List.of("Ann", "Bob", "Cy", "Dee"), "Pier"),
                List.of(cast("Ann"), cast("Bob"), cast("Cy"), cast("Dee"), place("Pier")),
                1920, 1080);

        generator.drawFrame(crowded, RecordingCall.fresh());

        JsonArray references = createBody().getJsonArray("referenceImages");
        assertEquals(3, references.size());
        assertEquals("Pier", references.getJsonObject(2).getString("tag"));
    }

    @Test
    void names_that_break_the_tag_rules_become_valid_unique_tags() {
        FrameRequest odd = new FrameRequest("Story",
                shot("Two friends.", List.of("Zoë-Marie O'Neil the Third", "Al", "42", "al"),
                        null),
                List.of(cast("Zoë-Marie O'Neil the Third"), cast("Al"), cast("42")), 1920,
                1080);

        generator.drawFrame(odd, RecordingCall.fresh());

        JsonArray references = createBody().getJsonArray("referenceImages");
        assertEquals("Zoe_Marie_O_Neil", references.getJsonObject(0).getString("tag"));
        assertEquals("cast_Al", references.getJsonObject(1).getString("tag"));
        assertEquals("cast_42", references.getJsonObject(2).getString("tag"));
    }

    @Test
    void a_long_description_is_cut_to_runways_prompt_limit_keeping_the_references() {
        String longText = "A storm \uD83C\uDF0A rolls over the sea and the lighthouse. "
                .repeat(60);
        FrameRequest request = new FrameRequest("Story", shot(longText, List.of("Mia"), null),
                List.of(cast("Mia")), 1920, 1080);

        generator.drawFrame(request, RecordingCall.fresh());

        String prompt = createBody().getString("promptText");
        assertTrue(prompt.length() <= 1000);
        assertTrue(prompt.startsWith("@Mia. "));
        assertFalse(Character.isHighSurrogate(prompt.charAt(prompt.length() - 1)));
    }

    @Test
    void a_photo_too_big_for_a_data_uri_is_shrunk_and_re_encoded_before_sending() {
        byte[] big = Samples.noisyPng(700, 700, 7);
        String uri = DataUris.of("image/png", big, 200_000);

        assertTrue(big.length > 1_000_000);
        assertTrue(uri.length() <= 200_000);
        assertTrue(uri.startsWith("data:image/jpeg;base64,"));
    }

    @Test
    void a_gif_photo_is_re_encoded_because_runway_takes_no_gif() {
        String uri = DataUris.of("image/gif", Samples.png(30, 30), DataUris.MAX_CHARS);

        assertTrue(uri.startsWith("data:image/jpeg;base64,"));
    }

    @Test
    void a_throttled_task_is_waited_out_like_a_pending_one() {
        fake.script(FakeRunway.throttled(), FakeRunway.throttled(), FakeRunway.throttled(),
                FakeRunway.succeeded());

        GeneratedFile frame = generator.drawFrame(frameOfMiaAtTheLighthouse(),
                RecordingCall.fresh());

        assertTrue(frame.bytes().length > 0);
        assertEquals(4, fake.requestsTo("GET", "/v1/tasks/").size());
    }

    @Test
    void polls_no_faster_than_the_configured_interval() {
        fake.script(FakeRunway.pending(), FakeRunway.running(0.2), FakeRunway.running(0.7),
                FakeRunway.succeeded());

        generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh());

        List<Instant> polls = fake.pollTimes();
        for (int i = 1; i < polls.size(); i++) {
            assertTrue(Duration.between(polls.get(i - 1), polls.get(i)).compareTo(POLL) >= 0);
        }
    }

    @Test
    void a_task_stuck_in_throttled_ends_as_transient_keeping_the_task_for_a_resume() {
        fake.script(FakeRunway.throttled());
        RunwaySettings quick = settings(fake);
        RunwayImageGenerator impatient = new RunwayImageGenerator(new RunwaySettings(
                quick.apiKey(), quick.baseUrl(), quick.imageModel(), quick.videoModel(),
                quick.tuning(), quick.pollInterval(), Duration.ofMillis(150),
                quick.downloads()), vertx, Clock.systemUTC());
        RecordingCall call = RecordingCall.fresh();

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> impatient.drawFrame(frameOfMiaAtTheLighthouse(), call));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.retryAfter().isPresent());
        assertEquals(call.startedTasks().get(0), failure.providerRequestId().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        "SAFETY.INPUT.TEXT, SAFETY",
        "SAFETY.INPUT.IMAGE, SAFETY",
        "SAFETY.OUTPUT.IMAGE, SAFETY",
        "INPUT_PREPROCESSING.SAFETY.TEXT, SAFETY",
        "INTERNAL.BAD_OUTPUT.CODE01, TRANSIENT",
        "INPUT_PREPROCESSING.INTERNAL, TRANSIENT",
        "INTERNAL, TRANSIENT",
        "ASSET.INVALID, REJECTED"
    })
    void a_failed_task_maps_its_failure_code_to_a_failure_kind(String code, Kind kind) {
        fake.script(FakeRunway.running(0.1), FakeRunway.failed(code));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(kind, failure.kind());
        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
        assertTrue(failure.providerRequestId().isPresent());
    }

    @Test
    void a_safety_failure_tells_the_person_what_to_change() {
        fake.script(FakeRunway.failed("SAFETY.INPUT.TEXT"));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertTrue(failure.personMessage().contains("Change the description or the photos"));
    }

    @Test
    void a_bad_request_is_rejected_with_runways_reason() {
        fake.answerNext("create", FakeAnswer.json(400,
                new JsonObject().put("error", "promptText: too long")));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(failure.personMessage().contains("promptText: too long"));
    }

    @Test
    void not_enough_credits_at_runway_is_out_of_credits_and_not_retried() {
        fake.answerNext("create", FakeAnswer.json(400, new JsonObject().put("error",
                "You do not have enough credits to run this task.")));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.OUT_OF_CREDITS, failure.kind());
        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void a_refused_key_is_misconfigured_and_never_shows_the_key() {
        RunwaySettings good = settings(fake);
        String wrongKey = "key_" + "f".repeat(128);
        RunwayImageGenerator wrong = new RunwayImageGenerator(new RunwaySettings(wrongKey,
                good.baseUrl(), good.imageModel(), good.videoModel(), good.tuning(),
                good.pollInterval(), good.taskTimeout(), good.downloads()), vertx, FIXED);

        try (CapturedLogs logs = new CapturedLogs()) {
            ProviderFailure failure = assertThrows(ProviderFailure.class,
                    () -> wrong.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

            assertEquals(Kind.MISCONFIGURED, failure.kind());
            assertFalse(failure.getMessage().contains(wrongKey));
            assertFalse(failure.personMessage().contains(wrongKey));
            assertFalse(logs.all().contains(wrongKey));
            assertTrue(logs.all().contains("HTTP 401"));
            assertFalse(wrong.toString().contains(wrongKey));
        }
    }

    @Test
    void too_many_requests_with_a_short_retry_after_is_retried_within_the_call() {
        fake.answerNext("create",
                FakeAnswer.json(429, new JsonObject().put("error", "Too many requests"))
                        .withHeader("Retry-After", "0"));

        GeneratedFile frame = generator.drawFrame(frameOfMiaAtTheLighthouse(),
                RecordingCall.fresh());

        assertTrue(frame.bytes().length > 0);
        assertEquals(2, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void a_long_retry_after_goes_back_to_the_job_queue_with_that_wait() {
        fake.answerNext("create",
                FakeAnswer.json(429, new JsonObject().put("error", "Daily quota reached"))
                        .withHeader("Retry-After", "120"));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertEquals(Duration.ofSeconds(120), failure.retryAfter().orElseThrow());
        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void too_many_requests_without_retry_after_is_retried_with_backoff_then_left_to_the_queue() {
        FakeAnswer busy = FakeAnswer.json(429, new JsonObject().put("error", "Slow down"));
        fake.answerNext("create", busy, busy, busy);

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.retryAfter().isPresent());
        assertEquals(3, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void an_overloaded_runway_is_retried_within_the_call(int status) {
        fake.answerNext("create", FakeAnswer.json(status, new JsonObject().put("error", "busy")));

        GeneratedFile frame = generator.drawFrame(frameOfMiaAtTheLighthouse(),
                RecordingCall.fresh());

        assertTrue(frame.bytes().length > 0);
    }

    @Test
    void a_slow_create_times_out_as_transient_without_sending_it_twice() {
        fake.answerNext("create", FakeAnswer.json(200, new JsonObject().put("id", "late"))
                .after(Duration.ofMillis(1200)));

        RunwayImageGenerator hasty = new RunwayImageGenerator(impatient(fake), vertx, FIXED);

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> hasty.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.getMessage().contains("timed out"));
        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void a_slow_poll_is_retried_within_the_call() {
        fake.answerNext("poll", FakeAnswer.json(200, new JsonObject())
                .after(Duration.ofMillis(1200)));
        RunwayImageGenerator hasty = new RunwayImageGenerator(impatient(fake), vertx, FIXED);

        GeneratedFile frame = hasty.drawFrame(frameOfMiaAtTheLighthouse(),
                RecordingCall.fresh());

        assertTrue(frame.bytes().length > 0);
    }

    @Test
    void a_malformed_create_answer_is_transient() {
        fake.answerNext("create", FakeAnswer.malformed());

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
    }

    @Test
    void a_malformed_poll_answer_is_transient() {
        fake.answerNext("poll", FakeAnswer.malformed());

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void an_expired_output_url_is_transient_and_a_resumed_call_fetches_a_fresh_one(int status) {
        fake.expireNextDownloads(status, 1);
        RecordingCall first = RecordingCall.fresh();

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), first));
        GeneratedFile frame = generator.drawFrame(frameOfMiaAtTheLighthouse(),
                RecordingCall.resuming(first.startedTasks().get(0)));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.getMessage().contains("expired"));
        assertTrue(frame.bytes().length > 0);
        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void a_resumed_call_polls_the_earlier_task_instead_of_creating_one() {
        String earlier = fake.existingTask(false, FakeRunway.running(0.9),
                FakeRunway.succeeded());
        RecordingCall call = RecordingCall.resuming(earlier);

        generator.drawFrame(frameOfMiaAtTheLighthouse(), call);

        assertEquals(0, fake.requestsTo("POST", "/v1/text_to_image").size());
        assertTrue(call.startedTasks().isEmpty());
    }

    @Test
    void a_resumed_task_that_failed_internally_is_replaced_by_a_new_task() {
        String earlier = fake.existingTask(false, FakeRunway.failed("INTERNAL.BAD_OUTPUT.CODE01"));
        RecordingCall call = RecordingCall.resuming(earlier);

        generator.drawFrame(frameOfMiaAtTheLighthouse(), call);

        assertEquals(1, fake.requestsTo("POST", "/v1/text_to_image").size());
        assertEquals(1, call.startedTasks().size());
    }

    @Test
    void a_resumed_task_that_no_longer_exists_is_replaced_by_a_new_task() {
        RecordingCall call = RecordingCall.resuming("5b8d3c1e-0000-4000-8000-000000000000");

        generator.drawFrame(frameOfMiaAtTheLighthouse(), call);

        assertEquals(1, call.startedTasks().size());
    }

    @Test
    void a_resumed_task_refused_for_safety_is_not_tried_again() {
        String earlier = fake.existingTask(false, FakeRunway.failed("SAFETY.OUTPUT.IMAGE"));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(),
                        RecordingCall.resuming(earlier)));

        assertEquals(Kind.SAFETY, failure.kind());
        assertEquals(0, fake.requestsTo("POST", "/v1/text_to_image").size());
    }

    @Test
    void cancelling_the_job_cancels_the_runway_task() {
        fake.script(FakeRunway.running(0.1));
        RecordingCall call = RecordingCall.fresh().cancelAfterChecks(2);

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), call));

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(fake.deleted(call.startedTasks().get(0)));
    }

    @Test
    void an_output_url_outside_the_allowed_hosts_is_never_fetched() {
        fake.serveOutputsFrom("http://127.0.0.2:9");

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> generator.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.MISCONFIGURED, failure.kind());
        assertTrue(fake.requestsTo("GET", "/outputs/").isEmpty());
    }

    @Test
    void an_output_larger_than_the_cap_is_not_kept() {
        RunwaySettings base = settings(fake);
        RunwayImageGenerator capped = new RunwayImageGenerator(new RunwaySettings(
                base.apiKey(), base.baseUrl(), base.imageModel(), base.videoModel(),
                base.tuning(), base.pollInterval(), base.taskTimeout(),
                new DownloadPolicy(List.of(fake.origin()), 100, Duration.ofSeconds(2))),
                vertx, FIXED);

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> capped.drawFrame(frameOfMiaAtTheLighthouse(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.getMessage().contains("larger than 100 bytes"));
    }
}
