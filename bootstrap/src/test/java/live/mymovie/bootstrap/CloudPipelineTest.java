package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.adapters.ai.fake.FakeOpenAi;
import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.adapters.ai.fake.FakeServer.RecordedRequest;
import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.Jobs;
import live.mymovie.bootstrap.support.ServiceProcess;
import live.mymovie.bootstrap.support.TestImages;
import live.mymovie.bootstrap.support.Waiting;

/**
 * The whole pipeline through the service started as a user starts it, every step on the
 * cloud providers (OpenAI, Runway, ElevenLabs) pointed at their fakes: every job succeeds,
 * every file is kept and served, the ledger holds one charge per job, and the planner never
 * sees a photo while the frame generator gets them all.
 */
class CloudPipelineTest {

    private static final String PASSWORD = "a long passphrase of my own";
    private static final Color CAST_COLOUR = new Color(220, 20, 20);
    private static final Color LOCATION_COLOUR = new Color(20, 40, 220);
    private static final Duration JOB_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;
    private Vertx vertx;
    private FakeOpenAi openAi;
    private FakeRunway runway;
    private FakeElevenLabs elevenLabs;

    @BeforeEach
    void startFakeProviders() {
        vertx = Vertx.vertx();
        openAi = new FakeOpenAi(vertx);
        runway = new FakeRunway(vertx);
        elevenLabs = new FakeElevenLabs(vertx);
    }

    @AfterEach
    void stopFakeProviders() {
        openAi.close();
        runway.close();
        elevenLabs.close();
        vertx.close().await();
    }

    @Test
    void a_creator_makes_a_whole_movie_on_the_cloud_providers() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(Waiting.freePort(), settings(),
                Files.createTempFile(dataDir, "service", ".log"))) {
            ApiClient creator = new ApiClient(service.uri());
            creator.signUp("cloud@example.com", PASSWORD);
            String creationId = creationWithPhotos(creator);

            String path = "/api/v1/creations/" + creationId;
            runJob(creator, path + "/plan");
            runJob(creator, path + "/storyboard");
            runJob(creator, path + "/shots/1/animation");
            runJob(creator, path + "/soundtrack");
            runJob(creator, path + "/voiceover");

            JsonNode creation = creator.get(path).expect(200).json();
            assertEquals("openai", creation.path("plan").path("provider").asText(),
                    creation.path("plan").toString());
            assertResultsAreKeptAndServed(creator, creation);
            assertLedgerHoldsFiveChargesAndNoRefund(creator);
        }
        assertNoPhotoReachedOpenAi();
        assertRunwayDrewFramesFromTheReferencePhotos();
    }

    @Test
    void a_cloud_provider_without_its_key_stops_the_service_from_starting() throws Exception {
        Map<String, String> settings = settings();
        settings.remove("RUNWAY_API_KEY");
        Path log = Files.createTempFile(dataDir, "service", ".log");

        AssertionError refused = assertThrows(AssertionError.class,
                () -> ServiceProcess.start(Waiting.freePort(), settings, log).close());

        assertTrue(refused.getMessage().contains("The service exited"), refused.getMessage());
        assertTrue(refused.getMessage().contains("RUNWAY_API_KEY is not set"),
                refused.getMessage());
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("MYMOVIE_DATA_DIR", dataDir.toString());
        settings.put("MYMOVIE_BCRYPT_COST", "4");
        settings.put("MYMOVIE_JOB_POLL_MILLIS", "50");
        settings.put("MYMOVIE_PROVIDERS",
                "planner=openai,image=runway,video=runway,music=elevenlabs,voice=elevenlabs");
        settings.put("OPENAI_API_KEY", FakeOpenAi.KEY);
        settings.put("OPENAI_BASE_URL", openAi.origin() + "/v1");
        settings.put("RUNWAY_API_KEY", FakeRunway.KEY);
        settings.put("RUNWAY_BASE_URL", runway.origin());
        settings.put("RUNWAY_DOWNLOAD_HOSTS", runway.origin());
        settings.put("RUNWAY_POLL_INTERVAL_MS", "20");
        settings.put("ELEVENLABS_API_KEY", FakeElevenLabs.KEY);
        settings.put("ELEVENLABS_BASE_URL", elevenLabs.origin());
        return settings;
    }

    /** A creation whose names match the fake planner's plan: Mia at the Lighthouse. */
    private static String creationWithPhotos(ApiClient creator) {
        String id = creator.post("/api/v1/creations", """
                {"title":"The Lighthouse Cat","prompt":"Mia the cat keeps the lighthouse \
                lit through a storm, and a lost boat finds its way home."}""")
                .expect(201).json().path("id").asText();
        String references = "/api/v1/creations/" + id + "/references";
        creator.upload(references, "CAST", "Mia", "mia.png", "image/png",
                TestImages.png(400, 300, CAST_COLOUR)).expect(201);
        creator.upload(references, "LOCATION", "Lighthouse", "lighthouse.jpg", "image/jpeg",
                TestImages.jpeg(480, 320, LOCATION_COLOUR)).expect(201);
        return id;
    }

    private static void runJob(ApiClient creator, String path) {
        String jobId = creator.post(path, "{}").expect(202).json().path("id").asText();

        JsonNode job = Jobs.awaitFinal(creator, jobId, JOB_LIMIT);

        assertEquals("SUCCEEDED", job.path("status").asText(), path + ": " + job);
    }

    private static void assertResultsAreKeptAndServed(ApiClient creator, JsonNode creation) {
        JsonNode shots = creation.path("shots");
        assertTrue(shots.size() >= 1, "the plan has shots");
        for (JsonNode shot : shots) {
            byte[] frame = assertServed(creator, shot.path("frame"), "image/png", "runway");
            BufferedImage image = TestImages.decode(frame);
            assertTrue(image.getWidth() > image.getHeight(), "frames are landscape");
        }
        assertServed(creator, shots.get(0).path("clip"), "video/mp4", "runway");
        assertServed(creator, creation.path("soundtrack"), "audio/mpeg", "elevenlabs");
        assertServed(creator, creation.path("voiceover"), "audio/mpeg", "elevenlabs");
    }

    private static byte[] assertServed(ApiClient creator, JsonNode file, String contentType,
            String provider) {
        assertFalse(file.isMissingNode(), "a result is missing");
        assertEquals(provider, file.path("provider").asText(), file.toString());
        assertEquals(contentType, file.path("contentType").asText(), file.toString());

        ApiClient.Answer served = creator.get(file.path("mediaUrl").asText()).expect(200);

        assertEquals(contentType, served.header("content-type").orElse(""), file.toString());
        assertTrue(served.bytes().length > 0, "an empty file is served for " + file);
        return served.bytes();
    }

    private static void assertLedgerHoldsFiveChargesAndNoRefund(ApiClient creator) {
        List<String> kinds = new ArrayList<>();
        creator.get("/api/v1/me/ledger").expect(200).json().path("entries")
                .forEach(entry -> kinds.add(entry.path("kind").asText()));

        assertEquals(5, kinds.stream().filter("CHARGE"::equals).count(), kinds.toString());
        assertFalse(kinds.contains("REFUND"), kinds.toString());
    }

    /** The privacy policy: OpenAI does story planning and no image is sent to it. */
    private void assertNoPhotoReachedOpenAi() {
        List<RecordedRequest> requests = openAi.requests();
        assertFalse(requests.isEmpty(), "the plan went through the OpenAI fake");
        for (RecordedRequest request : requests) {
            String body = request.body();
            for (String sign : List.of("data:image", "iVBOR", "/9j/")) {
                assertFalse(body.contains(sign), "OpenAI was sent image data (" + sign + ")");
            }
        }
    }

    private void assertRunwayDrewFramesFromTheReferencePhotos() {
        List<RecordedRequest> frames = runway.requestsTo("POST", "/v1/text_to_image");
        assertFalse(frames.isEmpty(), "the storyboard went through the Runway fake");

        JsonArray references = frames.get(0).json().getJsonArray("referenceImages");

        assertEquals(2, references == null ? 0 : references.size(), frames.get(0).body());
        List<Color> colours = new ArrayList<>();
        for (Object reference : references) {
            colours.add(cornerColour(((JsonObject) reference).getString("uri")));
        }
        assertTrue(colours.stream().anyMatch(c -> near(c, CAST_COLOUR)), "no cast photo");
        assertTrue(colours.stream().anyMatch(c -> near(c, LOCATION_COLOUR)),
                "no location photo");
    }

    private static Color cornerColour(String dataUri) {
        assertTrue(dataUri.startsWith("data:image/"), "not a data URI");
        byte[] photo = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        return new Color(TestImages.decode(photo).getRGB(2, 2));
    }

    private static boolean near(Color seen, Color wanted) {
        return Math.abs(seen.getRed() - wanted.getRed()) < 40
                && Math.abs(seen.getGreen() - wanted.getGreen()) < 40
                && Math.abs(seen.getBlue() - wanted.getBlue()) < 40;
    }
}
