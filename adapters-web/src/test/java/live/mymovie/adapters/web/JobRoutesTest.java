package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;

/** Prices, paid generation requests, jobs and their live progress. */
@ServerTest
class JobRoutesTest {

    private static final TestPorts PORTS = new TestPorts();

    private final Browser browser;
    private final Account ada = Fixtures.creator();

    JobRoutesTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @BeforeEach
    void knowAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
        when(PORTS.generation.request(any()))
                .thenReturn(Fixtures.job(ada, JobKind.PLAN, JobStatus.QUEUED, 0));
    }

    @Test
    void prices_are_public() {
        when(PORTS.generation.prices()).thenReturn(PriceList.standard().all());

        var items = browser.get("/api/v1/prices").json().get("items");

        assertEquals(5, items.size());
        var storyboard = items.findParents("kind").stream()
                .filter(p -> p.get("kind").asText().equals("STORYBOARD"))
                .findFirst().orElseThrow();
        assertEquals(2, storyboard.get("credits").asLong());
        assertEquals("shot", storyboard.get("unit").asText());
    }

    @Test
    void a_plan_request_answers_202_with_the_job_and_passes_the_idempotency_key() {
        browser.logIn("ada@example.com");

        var answer = browser.json("POST", "/api/v1/creations/cre-1/plan", null,
                "Idempotency-Key", "key-123");

        assertEquals(202, answer.status());
        var job = answer.json();
        assertEquals("job-1", job.get("id").asText());
        assertEquals("cre-1", job.get("creationId").asText());
        assertEquals("PLAN", job.get("kind").asText());
        assertEquals("QUEUED", job.get("status").asText());
        assertEquals(0, job.get("progress").asInt());
        assertEquals(2, job.get("cost").asLong());
        assertEquals("2026-11-30T09:15:00Z", job.get("createdAt").asText());
        assertFalse(job.has("finishedAt") || job.has("error"));
        var request = requested();
        assertEquals("key-123", request.idempotencyKey());
        assertEquals(JobKind.PLAN, request.kind());
        assertEquals(new CreationId("cre-1"), request.creationId());
        assertEquals(ada.id(), request.accountId());
    }

    @Test
    void a_storyboard_for_some_shots_passes_them_on_in_order() {
        browser.logIn("ada@example.com");

        browser.json("POST", "/api/v1/creations/cre-1/storyboard", "{\"shots\":[3,1]}");

        assertEquals(JobKind.STORYBOARD, requested().kind());
        assertEquals(List.of(ShotNumber.of(1), ShotNumber.of(3)), requested().shots());
    }

    @Test
    void a_storyboard_without_a_body_is_for_every_shot() {
        browser.logIn("ada@example.com");

        var answer = browser.json("POST", "/api/v1/creations/cre-1/storyboard", null);

        assertEquals(202, answer.status());
        assertEquals(List.of(), requested().shots());
    }

    @Test
    void a_storyboard_with_an_impossible_shot_answers_422() {
        browser.logIn("ada@example.com");

        var answer = browser.json("POST", "/api/v1/creations/cre-1/storyboard",
                "{\"shots\":[0]}");

        assertEquals(422, answer.status());
        verify(PORTS.generation, never()).request(any());
    }

    @Test
    void animation_soundtrack_and_voiceover_request_their_kind() {
        browser.logIn("ada@example.com");

        assertEquals(202, browser.json("POST", "/api/v1/creations/cre-1/shots/2/animation",
                null).status());
        assertEquals(List.of(ShotNumber.of(2)), requested().shots());
        assertEquals(202, browser.json("POST", "/api/v1/creations/cre-1/soundtrack", null)
                .status());
        assertEquals(202, browser.json("POST", "/api/v1/creations/cre-1/voiceover", null)
                .status());
        assertEquals(404, browser.json("POST", "/api/v1/creations/cre-1/shots/x/animation",
                null).status());
    }

    @Test
    void too_few_credits_answer_402_with_the_balance_and_price() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.request(any()))
                .thenThrow(new Refusal.InsufficientCredits(1, 2));

        var answer = browser.json("POST", "/api/v1/creations/cre-1/plan", null);

        assertEquals(402, answer.status());
        assertEquals(1, answer.json().get("balance").asLong());
        assertEquals(2, answer.json().get("price").asLong());
    }

    @Test
    void a_step_whose_input_is_missing_answers_409() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.request(any()))
                .thenThrow(new Refusal.MissingInput("This creation has no story plan yet."));

        var answer = browser.json("POST", "/api/v1/creations/cre-1/storyboard", null);

        assertEquals(409, answer.status());
        assertEquals("This creation has no story plan yet.",
                answer.json().get("detail").asText());
    }

    @Test
    void a_reused_idempotency_key_for_another_request_answers_422() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.request(any())).thenThrow(Refusal.InvalidInput.of(
                "Idempotency-Key", "This key was used for another request."));

        var answer = browser.json("POST", "/api/v1/creations/cre-1/soundtrack", null,
                "Idempotency-Key", "key-123");

        assertEquals(422, answer.status());
    }

    @Test
    void generation_needs_a_session() {
        assertEquals(401, browser.json("POST", "/api/v1/creations/cre-1/plan", null).status());
        assertEquals(401, browser.get("/api/v1/jobs/job-1").status());
    }

    @Test
    void a_job_shows_its_error_and_end_time_once_it_failed() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.show(ada.id(), new JobId("job-1")))
                .thenReturn(Fixtures.job(ada, JobKind.ANIMATION, JobStatus.FAILED, 40));

        var job = browser.get("/api/v1/jobs/job-1").json();

        assertEquals("FAILED", job.get("status").asText());
        assertEquals("The provider timed out.", job.get("error").asText());
        assertEquals("2026-11-30T09:15:30Z", job.get("finishedAt").asText());
        assertEquals(1, job.get("shots").get(0).asInt());
    }

    @Test
    void someone_elses_job_answers_404() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.show(any(), any())).thenThrow(new Refusal.NotFound("Job"));

        assertEquals(404, browser.get("/api/v1/jobs/job-9").status());
    }

    @Test
    void cancelling_answers_202_and_a_finished_job_409() {
        browser.logIn("ada@example.com");
        when(PORTS.generation.cancel(ada.id(), new JobId("job-1")))
                .thenReturn(Fixtures.job(ada, JobKind.PLAN, JobStatus.CANCELED, 10));
        when(PORTS.generation.cancel(ada.id(), new JobId("job-2")))
                .thenThrow(new Refusal.Conflict("The job has finished."));

        var cancelled = browser.json("POST", "/api/v1/jobs/job-1/cancel", null);
        var finished = browser.json("POST", "/api/v1/jobs/job-2/cancel", null);

        assertEquals(202, cancelled.status());
        assertEquals("CANCELED", cancelled.json().get("status").asText());
        assertEquals(409, finished.status());
    }

    @Test
    void the_event_stream_sends_each_change_of_a_job_once_and_heartbeats() {
        browser.logIn("ada@example.com");
        when(PORTS.creations.show(ada.id(), new CreationId("cre-1")))
                .thenReturn(Fixtures.emptyCreation(ada));
        when(PORTS.generation.jobsOf(ada.id(), new CreationId("cre-1")))
                .thenReturn(List.of(Fixtures.job(ada, JobKind.PLAN, JobStatus.RUNNING, 10)))
                .thenReturn(List.of(Fixtures.job(ada, JobKind.PLAN, JobStatus.RUNNING, 10)))
                .thenReturn(List.of(Fixtures.job(ada, JobKind.PLAN, JobStatus.RUNNING, 60)))
                .thenReturn(List.of(Fixtures.job(ada, JobKind.PLAN, JobStatus.SUCCEEDED, 100)));

        var answer = browser.get("/api/v1/creations/cre-1/events",
                "Accept", "text/event-stream");

        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("text/event-stream"), answer.contentType());
        String stream = answer.body();
        assertEquals(3, stream.split("event:job", -1).length - 1, stream);
        assertTrue(stream.contains("\"progress\":60"), stream);
        assertTrue(stream.contains("\"status\":\"SUCCEEDED\""), stream);
        assertTrue(stream.contains(":heartbeat"), stream);
    }

    @Test
    void the_event_stream_of_someone_elses_creation_answers_404() {
        browser.logIn("ada@example.com");
        when(PORTS.creations.show(any(), any())).thenThrow(new Refusal.NotFound("Creation"));

        var answer = browser.get("/api/v1/creations/cre-9/events");

        assertEquals(404, answer.status());
        verify(PORTS.generation, never()).jobsOf(any(), any());
    }

    private JobRequest requested() {
        var request = ArgumentCaptor.forClass(JobRequest.class);
        verify(PORTS.generation, atLeastOnce()).request(request.capture());
        return request.getValue();
    }
}
