package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.ledger.Credits;

/** Creations and reference photo uploads; the test upload limit is 64 KiB. */
@ServerTest
class CreationRoutesTest {

    private static final TestPorts PORTS = new TestPorts();
    private static final String BOUNDARY = "----mymovie-test-boundary";
    private static final byte[] PHOTO = "\u00ff\u00d8\u00ff fake jpeg bytes"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Browser browser;
    private final int port;
    private final Account ada = Fixtures.creator();
    private final List<Path> uploads = new ArrayList<>();

    CreationRoutesTest(WebServer server) {
        this.port = server.port();
        this.browser = new Browser(port);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @BeforeEach
    void signInAda() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
        browser.logIn("ada@example.com");
    }

    @Test
    void creating_answers_201_with_the_new_creation() {
        when(PORTS.creations.create(ada.id(), "Moon trip", "Two friends fly to the moon"))
                .thenReturn(Fixtures.emptyCreation(ada));

        var answer = browser.json("POST", "/api/v1/creations",
                "{\"title\":\"Moon trip\",\"prompt\":\"Two friends fly to the moon\"}");

        assertEquals(201, answer.status());
        assertEquals("cre-1", answer.json().get("id").asText());
        assertEquals("/api/v1/creations/cre-1", answer.header("location").orElseThrow());
        assertEquals(0, answer.json().get("shots").size());
        assertFalse(answer.json().has("plan"));
    }

    @Test
    void creating_without_a_prompt_answers_422_and_a_domain_refusal_too() {
        when(PORTS.creations.create(any(), any(), any()))
                .thenThrow(Refusal.InvalidInput.of("title", "title must not be empty."));

        var missing = browser.json("POST", "/api/v1/creations", "{\"title\":\"Moon\"}");
        var blank = browser.json("POST", "/api/v1/creations",
                "{\"title\":\" \",\"prompt\":\"p\"}");

        assertEquals(422, missing.status());
        assertEquals("prompt", missing.json().get("errors").get(0).get("field").asText());
        assertEquals(422, blank.status());
        assertEquals("title must not be empty.",
                blank.json().get("errors").get(0).get("message").asText());
    }

    @Test
    void a_creation_shows_its_photos_plan_shots_and_tracks() {
        when(PORTS.creations.show(ada.id(), new CreationId("cre-1")))
                .thenReturn(Fixtures.fullCreation(ada));

        var creation = browser.get("/api/v1/creations/cre-1").json();

        var reference = creation.get("references").get(0);
        assertEquals("CAST", reference.get("kind").asText());
        assertEquals("/media/asset-photo", reference.get("mediaUrl").asText());
        assertEquals("upload", reference.get("photo").get("provider").asText());
        var plan = creation.get("plan");
        assertEquals("Moon Trip", plan.get("title").asText());
        assertEquals(96, plan.get("musicBrief").get("tempoBpm").asInt());
        assertEquals("strings", plan.get("musicBrief").get("instruments").get(0).asText());
        assertEquals("local-planner", plan.get("provider").asText());
        var first = creation.get("shots").get(0);
        assertEquals(1, first.get("number").asInt());
        assertEquals("Rooftop", first.get("location").asText());
        assertEquals("Ada", first.get("cast").get(0).asText());
        var frame = first.get("frame");
        assertEquals("/media/asset-frame", frame.get("mediaUrl").asText());
        assertEquals("image/png", frame.get("contentType").asText());
        assertTrue(frame.get("localPreview").asBoolean());
        assertFalse(first.get("clip").get("localPreview").asBoolean());
        var second = creation.get("shots").get(1);
        assertFalse(second.has("frame") || second.has("location"));
        assertEquals("audio/wav", creation.get("soundtrack").get("contentType").asText());
        assertEquals("elevenlabs", creation.get("voiceover").get("provider").asText());
    }

    @Test
    void someone_elses_creation_answers_404() {
        when(PORTS.creations.show(any(), any())).thenThrow(new Refusal.NotFound("Creation"));

        assertEquals(404, browser.get("/api/v1/creations/cre-9").status());
        assertEquals(404, browser.get("/api/v1/creations/not..valid").status());
    }

    @Test
    void the_list_holds_summaries_with_a_cover() {
        when(PORTS.creations.list(ada.id())).thenReturn(List.of(Fixtures.fullCreation(ada)));

        var item = browser.get("/api/v1/creations").json().get("items").get(0);

        assertEquals("cre-1", item.get("id").asText());
        assertEquals(2, item.get("shotCount").asInt());
        assertEquals("/media/asset-frame", item.get("cover").get("mediaUrl").asText());
    }

    @Test
    void patching_changes_the_title_and_keeps_an_absent_prompt() {
        when(PORTS.creations.edit(ada.id(), new CreationId("cre-1"), "New title", null))
                .thenReturn(Fixtures.emptyCreation(ada));

        var answer = browser.json("PATCH", "/api/v1/creations/cre-1",
                "{\"title\":\"New title\"}");

        assertEquals(200, answer.status());
    }

    @Test
    void deleting_answers_204() {
        var answer = browser.json("DELETE", "/api/v1/creations/cre-1", null);

        assertEquals(204, answer.status());
        verify(PORTS.creations).delete(ada.id(), new CreationId("cre-1"));
    }

    @Test
    void a_photo_is_streamed_to_a_temporary_file_that_is_gone_afterwards() {
        when(PORTS.creations.addReference(any())).thenAnswer(call -> {
            AddReferenceCommand command = call.getArgument(0);
            uploads.add(command.upload());
            assertArrayEquals(PHOTO, Files.readAllBytes(command.upload()));
            assertFalse(command.upload().getFileName().toString().contains("holiday"));
            return new ReferencePhoto(new ReferenceId("ref-1"), command.kind(), command.name(),
                    Fixtures.asset("asset-photo", ada, "image/jpeg", PHOTO.length, "upload"));
        });

        var answer = upload(multipart("CAST", "Ada", "image/jpeg", PHOTO));

        assertEquals(201, answer.status());
        assertEquals("ref-1", answer.json().get("id").asText());
        assertEquals("CAST", answer.json().get("kind").asText());
        assertEquals("Ada", answer.json().get("name").asText());
        assertEquals("/media/asset-photo", answer.json().get("mediaUrl").asText());
        assertEquals(1, uploads.size());
        assertFalse(Files.exists(uploads.get(0)));
    }

    @Test
    void the_temporary_file_is_gone_when_the_use_case_refuses_the_photo() {
        when(PORTS.creations.addReference(any())).thenAnswer(call -> {
            uploads.add(call.<AddReferenceCommand>getArgument(0).upload());
            throw new Refusal.UnsupportedMedia("This is not a photo.");
        });

        var answer = upload(multipart("LOCATION", "Roof", "image/png", PHOTO));

        assertEquals(415, answer.status());
        assertFalse(Files.exists(uploads.get(0)));
    }

    @Test
    void the_declared_type_of_a_photo_is_not_trusted_its_bytes_decide() {
        when(PORTS.creations.addReference(any()))
                .thenThrow(new Refusal.UnsupportedMedia("This is not a photo."));

        var answer = upload(multipart("CAST", "Ada", "application/octet-stream", PHOTO));

        assertEquals(415, answer.status());
        verify(PORTS.creations).addReference(any());
    }

    @Test
    void an_upload_that_is_not_multipart_answers_415() {
        var answer = browser.json("POST", "/api/v1/creations/cre-1/references", "{}");

        assertEquals(415, answer.status());
    }

    @Test
    void an_upload_missing_its_fields_answers_422_naming_each() {
        var answer = upload(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(422, answer.status());
        assertEquals(List.of("kind", "name", "photo"),
                answer.json().get("errors").findValuesAsText("field"));
    }

    @Test
    void an_unknown_kind_answers_422() {
        var answer = upload(multipart("VILLAIN", "Ada", "image/jpeg", PHOTO));

        assertEquals(422, answer.status());
        assertEquals("kind", answer.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void an_upload_streamed_past_the_limit_answers_413() {
        byte[] big = new byte[200 * 1024];

        var answer = browser.send("POST", "/api/v1/creations/cre-1/references",
                "multipart/form-data; boundary=" + BOUNDARY, multipart("CAST", "Ada",
                        "image/jpeg", big));

        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        verify(PORTS.creations, never()).addReference(any());
    }

    @Test
    void a_declared_length_over_the_limit_answers_413_before_the_body_is_sent()
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            String head = "POST /api/v1/creations/cre-1/references HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\n"
                    + "Cookie: " + browser.cookie + "\r\n"
                    + "X-CSRF-Token: " + browser.csrfToken + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + "Content-Length: 20000000\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = head(socket);

            assertTrue(answer.startsWith("HTTP/1.1 413 Request Entity Too Large"), answer);
            assertTrue(answer.contains("Connection: close"), answer);
        }
        verify(PORTS.creations, never()).addReference(any());
    }

    @Test
    void removing_a_reference_answers_204() {
        var answer = browser.json("DELETE", "/api/v1/creations/cre-1/references/ref-1", null);

        assertEquals(204, answer.status());
        verify(PORTS.creations).removeReference(ada.id(), new CreationId("cre-1"),
                new ReferenceId("ref-1"));
    }

    @Test
    void removing_someone_elses_reference_answers_404() {
        doThrow(new Refusal.NotFound("Reference photo")).when(PORTS.creations)
                .removeReference(any(), any(), any());

        var answer = browser.json("DELETE", "/api/v1/creations/cre-1/references/ref-9", null);

        assertEquals(404, answer.status());
    }

    private Browser.Answer upload(byte[] body) {
        return browser.send("POST", "/api/v1/creations/cre-1/references",
                "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    private static byte[] multipart(String kind, String name, String type, byte[] photo) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(part("kind", null, null, kind.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(part("name", null, null, name.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(part("photo", "../../holiday.jpg", type, photo));
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] part(String field, String fileName, String type, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The status line and headers of the answer, read without waiting for more. */
    private static String head(Socket socket) throws IOException {
        var head = new StringBuilder();
        var in = socket.getInputStream();
        for (int c = in.read(); c >= 0; c = in.read()) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
