package live.mymovie.adapters.ai.openai;

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
import org.junit.jupiter.params.provider.ValueSource;

import live.mymovie.adapters.ai.fake.CapturedLogs;
import live.mymovie.adapters.ai.fake.FakeAnswer;
import live.mymovie.adapters.ai.fake.FakeOpenAi;
import live.mymovie.adapters.ai.fake.FakeServer.RecordedRequest;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.adapters.ai.http.HttpTuning;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

class OpenAiStoryPlannerTest {

    private static final HttpTuning QUICK = new HttpTuning(Duration.ofSeconds(2),
            Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ofSeconds(1));
    private static Vertx vertx;
    private FakeOpenAi fake;
    private OpenAiStoryPlanner planner;

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
        fake = new FakeOpenAi(vertx);
        planner = plannerWithKey(FakeOpenAi.KEY);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private OpenAiStoryPlanner plannerWithKey(String key) {
        return planner(key, QUICK);
    }

    private OpenAiStoryPlanner planner(String key, HttpTuning tuning) {
        return new OpenAiStoryPlanner(new OpenAiSettings(key, fake.origin() + "/v1",
                "gpt-5.4-mini", 16_000, null, null, null, tuning), vertx, Clock.systemUTC());
    }

    private static PlanBrief brief() {
        return new PlanBrief("The Lighthouse Cat", "A cat keeps a lighthouse lit in a storm.",
                List.of(new NamedReference(ReferenceKind.CAST, "Mia"),
                        new NamedReference(ReferenceKind.LOCATION, "Lighthouse")));
    }

    private ProviderFailure failureOf(PlanBrief brief) {
        return assertThrows(ProviderFailure.class,
                () -> planner.plan(brief, RecordingCall.fresh()));
    }

    @Test
    void plans_the_story_from_the_structured_answer() {
        StoryPlan plan = planner.plan(brief(), RecordingCall.fresh());

        assertEquals("The Lighthouse Cat", plan.title());
        assertEquals(2, plan.shots().size());
        ShotScript first = plan.shots().get(0);
        assertEquals(1, first.number().value());
        assertEquals(List.of("Mia"), first.cast());
        assertEquals("Lighthouse", first.location());
        assertEquals(5, first.durationSeconds());
        assertNull(plan.shots().get(1).location());
        assertEquals(96, plan.musicBrief().tempoBpm());
        assertEquals(List.of("fiddle", "guitar"), plan.musicBrief().instruments());
        assertEquals("openai", plan.provenance().provider());
        assertEquals("gpt-5.4-mini-2026-03-17", plan.provenance().model());
    }

    @Test
    void asks_with_a_strict_schema_the_model_and_the_names_and_roles_as_text() {
        planner.plan(brief(), RecordingCall.fresh());

        RecordedRequest request = fake.requests().get(0);
        JsonObject body = request.json();
        assertEquals("Bearer " + FakeOpenAi.KEY, request.header("Authorization"));
        assertEquals("gpt-5.4-mini", body.getString("model"));
        assertEquals(Boolean.TRUE, body.getJsonObject("response_format")
                .getJsonObject("json_schema").getBoolean("strict"));
        assertNull(FakeOpenAi.strictProblemOf(PlanSchema.schema()));
        String user = body.getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(user.contains("Cast member: Mia"));
        assertTrue(user.contains("Location: Lighthouse"));
        assertFalse(body.containsKey("temperature"));
    }

    @Test
    void no_request_to_the_planner_ever_carries_image_data() {
        planner.plan(brief(), RecordingCall.fresh());
        fake.answerNext("chat", FakeOpenAi.error(500, "server_error", null, "oops"));
        planner.plan(brief(), RecordingCall.fresh());

        for (RecordedRequest request : fake.requests()) {
            assertFalse(request.body().contains("data:image"));
            assertFalse(request.body().contains("image_url"));
            assertFalse(request.body().contains("iVBORw0KGgo"));
            assertFalse(request.body().contains("/9j/"));
        }
    }

    @Test
    void a_refusal_is_a_safety_failure_the_person_can_act_on() {
        fake.answerRefusal("I can't help with that.");

        ProviderFailure failure = failureOf(brief());

        assertEquals(Kind.SAFETY, failure.kind());
        assertTrue(failure.personMessage().contains("Rephrase"));
        assertTrue(failure.providerRequestId().orElseThrow().startsWith("req_"));
    }

    @Test
    void a_content_filter_stop_is_a_safety_failure() {
        fake.answerContent("{\"title\":", "content_filter");

        assertEquals(Kind.SAFETY, failureOf(brief()).kind());
    }

    @Test
    void a_truncated_answer_is_rejected_not_a_crash() {
        fake.answerContent("{\"title\":\"The Lighthouse", "length");

        ProviderFailure failure = failureOf(brief());

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(failure.personMessage().contains("cut short"));
    }

    @Test
    void an_answer_that_breaks_the_schema_is_rejected() {
        JsonObject plan = FakeOpenAi.samplePlan();
        plan.getJsonObject("music").remove("tempoBpm");
        fake.answerContent(plan.encode(), "stop");

        ProviderFailure failure = failureOf(brief());

        assertEquals(Kind.REJECTED, failure.kind());
        assertTrue(failure.getMessage().contains("tempoBpm"));
    }

    @Test
    void an_answer_that_is_not_json_is_rejected() {
        fake.answerContent("Here is your plan: a cat...", "stop");

        assertEquals(Kind.REJECTED, failureOf(brief()).kind());
    }

    @Test
    void a_plan_with_no_shots_is_rejected() {
        JsonObject plan = FakeOpenAi.samplePlan().put("shots", new io.vertx.core.json.JsonArray());
        fake.answerContent(plan.encode(), "stop");

        assertEquals(Kind.REJECTED, failureOf(brief()).kind());
    }

    @Test
    void numbers_outside_the_products_ranges_are_brought_within_them() {
        JsonObject plan = FakeOpenAi.samplePlan();
        plan.getJsonObject("music").put("tempoBpm", 400);
        plan.getJsonArray("shots").getJsonObject(0).put("durationSeconds", 0);
        fake.answerContent(plan.encode(), "stop");

        StoryPlan read = planner.plan(brief(), RecordingCall.fresh());

        assertEquals(240, read.musicBrief().tempoBpm());
        assertEquals(1, read.shots().get(0).durationSeconds());
    }

    @Test
    void a_malformed_body_is_transient() {
        fake.answerNext("chat", FakeAnswer.malformed());

        assertEquals(Kind.TRANSIENT, failureOf(brief()).kind());
    }

    @Test
    void an_invalid_key_is_misconfigured_and_the_key_never_shows() {
        String wrongKey = "sk-proj-wrongKey0987654321zyxwvu";
        OpenAiStoryPlanner wrong = plannerWithKey(wrongKey);

        try (CapturedLogs logs = new CapturedLogs()) {
            ProviderFailure failure = assertThrows(ProviderFailure.class,
                    () -> wrong.plan(brief(), RecordingCall.fresh()));

            assertEquals(Kind.MISCONFIGURED, failure.kind());
            assertFalse(failure.getMessage().contains(wrongKey));
            assertFalse(failure.getMessage().contains("wrongKey"));
            assertFalse(logs.all().contains(wrongKey));
            assertTrue(logs.all().contains("request id req_"));
            assertFalse(wrong.toString().contains(wrongKey));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"insufficient_quota", "credit_balance_exhausted",
        "organization_spend_limit_exceeded", "project_spend_limit_exceeded",
        "organization_usage_limit_exceeded"})
    void exhausted_quota_is_out_of_credits_and_not_retried(String code) {
        fake.answerNext("chat", FakeOpenAi.error(429, "insufficient_quota", code,
                "You exceeded your current quota, please check your plan and billing details."));

        ProviderFailure failure = failureOf(brief());

        assertEquals(Kind.OUT_OF_CREDITS, failure.kind());
        assertEquals(1, fake.requests().size());
    }

    @Test
    void a_rate_limit_with_retry_after_ms_is_retried_within_the_call() {
        fake.answerNext("chat", FakeOpenAi.error(429, "tokens", "rate_limit_exceeded",
                "Rate limit reached. Please try again in 1ms.").withHeader("retry-after-ms", "1"));

        StoryPlan plan = planner.plan(brief(), RecordingCall.fresh());

        assertEquals("The Lighthouse Cat", plan.title());
        assertEquals(2, fake.requests().size());
    }

    @Test
    void a_rate_limit_without_retry_after_that_persists_goes_back_to_the_queue() {
        FakeAnswer slowDown = FakeOpenAi.error(429, "rate_limit_error", "slow_down", "Slow down");
        fake.answerNext("chat", slowDown, slowDown, slowDown);

        ProviderFailure failure = failureOf(brief());

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.retryAfter().isPresent());
        assertEquals(3, fake.requests().size());
    }

    @Test
    void a_long_retry_after_is_handed_to_the_job_queue() {
        fake.answerNext("chat", FakeOpenAi.error(429, "requests", "rate_limit_exceeded",
                "Rate limit reached").withHeader("Retry-After", "60"));

        ProviderFailure failure = failureOf(brief());

        assertEquals(Duration.ofSeconds(60), failure.retryAfter().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void a_server_error_is_retried_within_the_call(int status) {
        fake.answerNext("chat", FakeOpenAi.error(status, "server_error", "server_is_overloaded",
                "The server is overloaded"));

        assertEquals("The Lighthouse Cat", planner.plan(brief(), RecordingCall.fresh()).title());
    }

    @Test
    void a_bad_request_is_rejected() {
        fake.answerNext("chat", FakeOpenAi.error(400, "invalid_request_error",
                "unsupported_value", "Unsupported value"));

        assertEquals(Kind.REJECTED, failureOf(brief()).kind());
    }

    @Test
    void an_answer_slower_than_the_timeout_is_transient() {
        FakeAnswer late = FakeAnswer.json(200, new JsonObject()).after(Duration.ofMillis(900));
        fake.answerNext("chat", late, late, late);
        OpenAiStoryPlanner impatient = planner(FakeOpenAi.KEY,
                QUICK.withCallTimeout(Duration.ofMillis(300)));

        ProviderFailure failure = assertThrows(ProviderFailure.class,
                () -> impatient.plan(brief(), RecordingCall.fresh()));

        assertEquals(Kind.TRANSIENT, failure.kind());
        assertTrue(failure.getMessage().contains("timed out"));
    }
}
