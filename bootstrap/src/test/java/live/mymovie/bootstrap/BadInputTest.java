package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.Multipart;
import live.mymovie.bootstrap.support.TestImages;
import live.mymovie.bootstrap.support.TestService;

/**
 * Bad input gets a clear answer and loses nothing: no charge without its job, no silent
 * conversion of a wrong type. Workers are off, so jobs stay queued.
 */
class BadInputTest {

    private static TestService service;

    @BeforeAll
    static void startService() {
        service = TestService.start(Map.of("MYMOVIE_WORKERS", "0"));
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    private static ApiClient person() {
        ApiClient client = service.newClient();
        client.signUp(UUID.randomUUID() + "@example.com", "a long passphrase of my own");
        return client;
    }

    private static String creation(ApiClient client) {
        return client.post("/api/v1/creations", "{\"title\":\"T\",\"prompt\":\"A day.\"}")
                .expect(201).json().path("id").asText();
    }

    @Test
    void a_number_where_text_belongs_is_refused_not_converted() {
        ApiClient client = person();

        ApiClient.Answer answer = client.post("/api/v1/creations",
                "{\"title\":123,\"prompt\":true}");

        assertEquals(422, answer.status());
        assertEquals("application/problem+json", answer.header("content-type").orElse("")
                .split(";")[0]);
        assertTrue(answer.json().path("errors").size() >= 1);
    }

    @Test
    void a_second_request_for_a_step_still_waiting_is_a_conflict_and_charges_nothing() {
        ApiClient client = person();
        String id = creation(client);
        client.post("/api/v1/creations/" + id + "/plan", "{}").expect(202);
        long balance = client.get("/api/v1/me").json().path("balance").asLong();

        assertEquals(409, client.post("/api/v1/creations/" + id + "/plan", "{}").status());
        assertEquals(balance, client.get("/api/v1/me").json().path("balance").asLong());
    }

    @Test
    void an_empty_list_of_shots_is_refused() {
        ApiClient client = person();
        String id = creation(client);

        ApiClient.Answer answer = client.post("/api/v1/creations/" + id + "/storyboard",
                "{\"shots\":[]}");

        assertEquals(422, answer.status());
    }

    @Test
    void a_photo_is_judged_by_its_bytes_not_its_declared_type() {
        ApiClient client = person();
        String id = creation(client);

        client.upload("/api/v1/creations/" + id + "/references", "CAST", "Ana", "ana.jpg",
                "application/octet-stream", TestImages.jpeg(200, 150, Color.RED)).expect(201);
        assertEquals(415, client.upload("/api/v1/creations/" + id + "/references", "CAST",
                "Gif", "fake.png", "image/png", "GIF89a-not-a-photo".getBytes()).status());
    }

    @Test
    void a_file_name_that_climbs_folders_never_reaches_the_file_system() throws Exception {
        ApiClient client = person();
        String id = creation(client);

        client.upload("/api/v1/creations/" + id + "/references", "CAST", "Climber",
                "../../etc/passwd", "image/png", TestImages.png(40, 40, Color.BLUE))
                .expect(201);

        try (var files = java.nio.file.Files.walk(service.dataDir().getParent(), 3)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("passwd")));
        }
    }

    @Test
    void two_photos_in_one_upload_are_refused() {
        ApiClient client = person();
        String id = creation(client);
        byte[] photo = TestImages.png(50, 50, Color.GREEN);
        String boundary = "b" + UUID.randomUUID();
        byte[] body = Multipart.of(boundary, List.of(Multipart.field("kind", "CAST"),
                Multipart.field("name", "Two"), Multipart.file("photo", "a.png", "image/png",
                        photo), Multipart.file("photo", "b.png", "image/png", photo)));

        ApiClient.Answer answer = client.postMultipart("/api/v1/creations/" + id
                + "/references", boundary, body);

        assertEquals(422, answer.status());
        assertEquals(0, client.get("/api/v1/creations/" + id).json().path("references")
                .size());
    }
}
