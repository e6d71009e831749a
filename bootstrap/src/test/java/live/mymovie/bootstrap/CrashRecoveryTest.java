package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.Jobs;
import live.mymovie.bootstrap.support.ServiceProcess;
import live.mymovie.bootstrap.support.Waiting;

/**
 * The service is killed with SIGKILL while a storyboard job waits on a slow provider task;
 * started again, it finishes the job by polling the same task: one charge, no refund, one
 * frame per shot, and no shot paid twice at the provider.
 */
// The second service runs only while its try block does; the test talks to it over HTTP.
@SuppressWarnings("try")
class CrashRecoveryTest {

    private static final String PASSWORD = "a long passphrase of my own";

    @TempDir
    Path dataDir;
    private Vertx vertx;
    private FakeRunway runway;

    @BeforeEach
    void startFakeProvider() {
        vertx = Vertx.vertx();
        runway = new FakeRunway(vertx);
        List<JsonObject> slowTask = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            slowTask.add(FakeRunway.running(i / 16.0));
        }
        slowTask.add(FakeRunway.succeeded());
        runway.script(slowTask.toArray(JsonObject[]::new));
    }

    @AfterEach
    void stopFakeProvider() {
        runway.close();
        vertx.close().await();
    }

    @Test
    void a_job_interrupted_by_a_crash_finishes_after_a_restart_with_one_charge()
            throws Exception {
        int port = Waiting.freePort();
        Path log = Files.createTempFile(dataDir, "service", ".log");
        ApiClient creator;
        String creationId;
        String jobId;
        try (ServiceProcess first = ServiceProcess.start(port, settings(), log)) {
            creator = new ApiClient(first.uri());
            creator.signUp("crash@example.com", PASSWORD);
            creationId = plannedCreation(creator);
            jobId = creator.post("/api/v1/creations/" + creationId + "/storyboard", "{}")
                    .expect(202).json().path("id").asText();

            Waiting.until(() -> runway.pollTimes().size() >= 3, Duration.ofSeconds(60),
                    "the provider task to be polled");
            first.kill();
        }
        assertEquals(1, imageTasksCreated(), "one task was under way when the service died");

        try (ServiceProcess second = ServiceProcess.start(port, settings(), log)) {
            JsonNode job = Jobs.awaitFinal(creator, jobId, Duration.ofSeconds(120));
            assertEquals("SUCCEEDED", job.path("status").asText(), job.toString());

            JsonNode creation = creator.get("/api/v1/creations/" + creationId).json();
            int shots = creation.path("shots").size();
            creation.path("shots").forEach(shot -> assertTrue(shot.has("frame")));
            assertEquals(shots, imageTasksCreated(), "each shot was paid for once");
            assertEquals(List.of("CHARGE", "CHARGE", "GRANT"), ledgerKinds(creator));
        }
    }

    @Test
    void a_job_acknowledged_just_before_a_crash_is_still_there_with_its_charge()
            throws Exception {
        int port = Waiting.freePort();
        Path log = Files.createTempFile(dataDir, "service", ".log");
        Map<String, String> noWorkers = new HashMap<>(settings());
        noWorkers.put("MYMOVIE_WORKERS", "0");
        ApiClient creator;
        String jobId;
        try (ServiceProcess first = ServiceProcess.start(port, noWorkers, log)) {
            creator = new ApiClient(first.uri());
            creator.signUp("sudden@example.com", PASSWORD);
            String creation = creator.post("/api/v1/creations",
                    "{\"title\":\"Sudden\",\"prompt\":\"A storm.\"}").expect(201).json()
                    .path("id").asText();
            jobId = creator.post("/api/v1/creations/" + creation + "/plan", "{}").expect(202)
                    .json().path("id").asText();
            first.kill();
        }

        try (ServiceProcess second = ServiceProcess.start(port, noWorkers, log)) {
            assertEquals("QUEUED", creator.get("/api/v1/jobs/" + jobId).expect(200).json()
                    .path("status").asText());
            assertEquals(List.of("CHARGE", "GRANT"), ledgerKinds(creator));
        }
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("MYMOVIE_DATA_DIR", dataDir.toString());
        settings.put("MYMOVIE_BCRYPT_COST", "4");
        settings.put("MYMOVIE_JOB_LEASE_SECONDS", "3");
        settings.put("MYMOVIE_JOB_POLL_MILLIS", "100");
        settings.put("MYMOVIE_PROVIDERS", "image=runway");
        settings.put("RUNWAY_API_KEY", FakeRunway.KEY);
        settings.put("RUNWAY_BASE_URL", runway.origin());
        settings.put("RUNWAY_DOWNLOAD_HOSTS", runway.origin());
        settings.put("RUNWAY_POLL_INTERVAL_MS", "200");
        return settings;
    }

    private static String plannedCreation(ApiClient creator) {
        String id = creator.post("/api/v1/creations", """
                {"title":"Night ferry","prompt":"A ferry crosses the bay at night. \
                The captain sees a light. The passengers sing."}""")
                .expect(201).json().path("id").asText();
        String plan = creator.post("/api/v1/creations/" + id + "/plan", "{}").expect(202)
                .json().path("id").asText();
        Jobs.awaitFinal(creator, plan, Duration.ofSeconds(60));
        return id;
    }

    private int imageTasksCreated() {
        return runway.requestsTo("POST", "/v1/text_to_image").size();
    }

    private static List<String> ledgerKinds(ApiClient creator) {
        List<String> kinds = new ArrayList<>();
        creator.get("/api/v1/me/ledger").json().path("entries")
                .forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }
}
