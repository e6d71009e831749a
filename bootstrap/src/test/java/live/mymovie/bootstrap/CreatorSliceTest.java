package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.Jobs;
import live.mymovie.bootstrap.support.TestImages;
import live.mymovie.bootstrap.support.TestService;

/** A creator goes from sign-up to a storyboard over real HTTP, on the embedded defaults. */
class CreatorSliceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static TestService service;

    @BeforeAll
    static void startService() {
        service = TestService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @Test
    void a_creator_signs_up_plans_a_story_and_gets_a_storyboard_drawn_with_their_photo() {
        ApiClient creator = service.newClient();
        JsonNode account = creator.signUp("maya@example.com", PASSWORD);
        assertEquals("maya@example.com", account.path("email").asText());
        assertTrue(creator.cookie().isPresent(), "sign-up sets the session cookie");

        String creationId = createCreationWithCastPhoto(creator);
        JsonNode plan = runJob(creator, "/api/v1/creations/" + creationId + "/plan");
        JsonNode storyboard = runJob(creator,
                "/api/v1/creations/" + creationId + "/storyboard");

        JsonNode creation = creator.get("/api/v1/creations/" + creationId).expect(200).json();
        assertTrue(creation.path("shots").size() >= 3, "the plan has several shots");
        for (JsonNode shot : creation.path("shots")) {
            assertFrameIsAPng(creator, shot.path("frame"));
        }
        assertLedgerAddsUp(creator, plan, storyboard);
    }

    @Test
    void a_restart_keeps_the_account_the_creation_and_its_files() {
        ApiClient creator = service.newClient();
        creator.signUp("leo@example.com", PASSWORD);
        String creationId = createCreationWithCastPhoto(creator);
        runJob(creator, "/api/v1/creations/" + creationId + "/plan");

        service.restart();

        ApiClient again = service.newClient();
        again.logIn("leo@example.com", PASSWORD).expect(200);
        JsonNode creation = again.get("/api/v1/creations/" + creationId).expect(200).json();
        assertEquals("The lighthouse keeper", creation.path("title").asText());
        String photoUrl = creation.path("references").get(0).path("mediaUrl").asText();
        assertEquals(200, again.get(photoUrl).status());
    }

    private static String createCreationWithCastPhoto(ApiClient creator) {
        JsonNode creation = creator.post("/api/v1/creations", """
                {"title":"The lighthouse keeper","prompt":"Maya keeps a lighthouse on a \
                stormy island. One night a lost ship appears. She lights the lamp and \
                guides it home."}""").expect(201).json();
        String id = creation.path("id").asText();
        creator.upload("/api/v1/creations/" + id + "/references", "CAST", "Maya", "maya.png",
                "image/png", TestImages.png(400, 300, new Color(200, 30, 30))).expect(201);
        return id;
    }

    private static JsonNode runJob(ApiClient creator, String path) {
        JsonNode job = creator.post(path, "{}").expect(202).json();
        JsonNode done = Jobs.awaitFinal(creator, job.path("id").asText(),
                Duration.ofSeconds(120));
        assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
        return done;
    }

    private static void assertFrameIsAPng(ApiClient creator, JsonNode frame) {
        ApiClient.Answer file = creator.get(frame.path("mediaUrl").asText()).expect(200);
        assertEquals("image/png", file.header("content-type").orElse(""));
        BufferedImage image = TestImages.decode(file.bytes());
        assertTrue(image.getWidth() > image.getHeight(), "frames are landscape");
    }

    private static void assertLedgerAddsUp(ApiClient creator, JsonNode plan, JsonNode board) {
        JsonNode ledger = creator.get("/api/v1/me/ledger").expect(200).json();
        List<String> kinds = new ArrayList<>();
        long running = 0;
        JsonNode entries = ledger.path("entries");
        for (int i = entries.size() - 1; i >= 0; i--) {
            JsonNode entry = entries.get(i);
            kinds.add(entry.path("kind").asText());
            long amount = entry.path("amount").asLong();
            running += entry.path("kind").asText().equals("CHARGE") ? -amount : amount;
            assertEquals(running, entry.path("balanceAfter").asLong());
        }
        assertEquals(List.of("GRANT", "CHARGE", "CHARGE"), kinds);
        assertEquals(100 - plan.path("cost").asLong() - board.path("cost").asLong(),
                ledger.path("balance").asLong());
        assertEquals(running, ledger.path("balance").asLong());
    }
}
