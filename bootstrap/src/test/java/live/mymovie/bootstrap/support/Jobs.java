package live.mymovie.bootstrap.support;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** Waits for jobs through the API the way the browser does. */
public final class Jobs {

    private Jobs() {
    }

    /** Polls the job until it is final, and answers its last state. */
    public static JsonNode awaitFinal(ApiClient client, String jobId, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = client.get("/api/v1/jobs/" + jobId).expect(200).json();
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")
                    || status.equals("CANCELED")) {
                return job;
            }
            pause();
        }
        throw new AssertionError("Job " + jobId + " did not finish within " + limit);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
