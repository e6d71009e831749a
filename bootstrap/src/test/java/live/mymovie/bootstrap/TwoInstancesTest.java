package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;

import live.mymovie.adapters.ai.fake.FakeOpenAi;
import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.PostgresDatabase;
import live.mymovie.bootstrap.support.ServiceProcess;
import live.mymovie.bootstrap.support.Waiting;

/** Two service processes on one PostgreSQL database work through 200 jobs, each once. */
class TwoInstancesTest {

    private static final int JOBS = 200;
    private static final Pattern STARTED = Pattern.compile("Job (\\S+) \\(PLAN\\) started");

    @TempDir
    Path folder;

    @Test
    void two_instances_run_each_of_200_queued_jobs_exactly_once() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (FakeOpenAi openAi = new FakeOpenAi(vertx);
                PostgresDatabase database = PostgresDatabase.create();
                ServiceProcess one = ServiceProcess.start(Waiting.freePort(),
                        settings(database, openAi, "one"), Files.createTempFile(folder, "one",
                                ".log"));
                ServiceProcess two = ServiceProcess.start(Waiting.freePort(),
                        settings(database, openAi, "two"), Files.createTempFile(folder, "two",
                                ".log"))) {
            ApiClient creator = new ApiClient(one.uri());
            creator.signUp("busy@example.com", "a long passphrase of my own");
            List<String> jobs = queuePlans(creator);

            Waiting.until(() -> allFinal(creator, jobs), Duration.ofMinutes(4),
                    "200 jobs to finish");
            assertEquals(Map.of("SUCCEEDED", JOBS), statuses(creator, jobs),
                    one.log().lines().filter(l -> l.contains("failed")).limit(5).toList()
                            .toString());

            assertEquals(JOBS, openAi.requestsTo("POST", "/v1/chat/completions").size(),
                    "the planner was asked once per job");
            Set<String> byOne = started(one.log());
            Set<String> byTwo = started(two.log());
            assertTrue(!byOne.isEmpty() && !byTwo.isEmpty(), "both instances worked");
            Set<String> both = new HashSet<>(byOne);
            both.retainAll(byTwo);
            assertEquals(Set.of(), both, "no job ran in both instances");
            assertEquals(JOBS, byOne.size() + byTwo.size());
        } finally {
            vertx.close().await();
        }
    }

    private Map<String, String> settings(PostgresDatabase database, FakeOpenAi openAi,
            String name) {
        Map<String, String> settings = new HashMap<>();
        // Instances share the data folder, as they share stored files and data keys.
        settings.put("MYMOVIE_DATA_DIR", folder.resolve("shared-data").toString());
        settings.put("MYMOVIE_MASTER_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        settings.put("MYMOVIE_DB_URL", database.url());
        settings.put("MYMOVIE_DB_USER", "postgres");
        settings.put("MYMOVIE_SESSION_SECRET", "shared-session-secret-of-both-instances-42");
        settings.put("MYMOVIE_PASSWORD_PEPPER", "shared-pepper-of-both-instances-1234567");
        settings.put("MYMOVIE_BCRYPT_COST", "4");
        settings.put("MYMOVIE_SIGNUP_CREDITS", "1000");
        settings.put("MYMOVIE_JOBS_PER_ACCOUNT", "1000");
        settings.put("MYMOVIE_RATE_GENERATION", "1000/60");
        settings.put("MYMOVIE_JOB_POLL_MILLIS", "20");
        settings.put("MYMOVIE_PROVIDERS", "planner=openai");
        settings.put("OPENAI_API_KEY", FakeOpenAi.KEY);
        settings.put("OPENAI_BASE_URL", openAi.origin() + "/v1");
        return settings;
    }

    /** One plan per creation, since a creation runs one plan at a time. */
    private static List<String> queuePlans(ApiClient creator) {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            String creation = creator.post("/api/v1/creations", "{\"title\":\"Busy day " + i
                    + "\",\"prompt\":\"A baker opens her shop.\"}").expect(201).json()
                    .path("id").asText();
            jobs.add(creator.post("/api/v1/creations/" + creation + "/plan", "{}")
                    .expect(202).json().path("id").asText());
        }
        return jobs;
    }

    private static boolean allFinal(ApiClient creator, List<String> jobs) {
        Map<String, Integer> statuses = statuses(creator, jobs);
        return !statuses.containsKey("QUEUED") && !statuses.containsKey("RUNNING");
    }

    private static Map<String, Integer> statuses(ApiClient creator, List<String> jobs) {
        Map<String, Integer> statuses = new HashMap<>();
        for (String job : jobs) {
            String status = creator.get("/api/v1/jobs/" + job).json().path("status").asText();
            statuses.merge(status, 1, Integer::sum);
        }
        return statuses;
    }

    private static Set<String> started(String log) {
        Set<String> jobs = new HashSet<>();
        Matcher matcher = STARTED.matcher(log);
        while (matcher.find()) {
            jobs.add(matcher.group(1));
        }
        return jobs;
    }
}
