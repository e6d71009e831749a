package live.mymovie.adapters.ai.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fakes refuse what the real providers refuse, so adapter tests that pass mean something. */
class FakeServersTest {

    private static Vertx vertx;
    private static WebClient client;
    private static FakeRunway runway;
    private static FakeOpenAi openAi;
    private static FakeElevenLabs elevenLabs;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = WebClient.create(vertx);
        runway = new FakeRunway(vertx);
        openAi = new FakeOpenAi(vertx);
        elevenLabs = new FakeElevenLabs(vertx);
    }

    @AfterAll
    static void stop() {
        runway.close();
        openAi.close();
        elevenLabs.close();
        vertx.close();
    }

    private static HttpResponse<Buffer> post(String url, Map<String, String> headers,
            JsonObject body) throws Exception {
        var request = client.postAbs(url);
        headers.forEach(request::putHeader);
        return request.sendJsonObject(body).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    private static HttpResponse<Buffer> runwayImage(JsonObject body) throws Exception {
        return post(runway.origin() + "/v1/text_to_image", Map.of(
                "Authorization", "Bearer " + FakeRunway.KEY,
                "X-Runway-Version", "2024-11-06"), body);
    }

    private static JsonObject image(String prompt, String tag, String uri) {
        return new JsonObject().put("model", "gen4_image").put("promptText", prompt)
                .put("ratio", "1920:1080").put("referenceImages", new JsonArray()
                        .add(new JsonObject().put("uri", uri).put("tag", tag)));
    }

    private static String pngUri() {
        return "data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(Samples.png(4, 4));
    }

    @Test
    void runway_accepts_a_well_formed_request() throws Exception {
        HttpResponse<Buffer> answer = runwayImage(image("@hero on a roof", "hero", pngUri()));

        assertEquals(200, answer.statusCode());
        assertNotNull(answer.bodyAsJsonObject().getString("id"));
    }

    @Test
    void runway_refuses_a_request_without_the_version_header() throws Exception {
        HttpResponse<Buffer> answer = post(runway.origin() + "/v1/text_to_image",
                Map.of("Authorization", "Bearer " + FakeRunway.KEY),
                image("@hero", "hero", pngUri()));

        assertEquals(400, answer.statusCode());
    }

    @Test
    void runway_refuses_a_key_of_the_wrong_shape() throws Exception {
        HttpResponse<Buffer> answer = post(runway.origin() + "/v1/text_to_image", Map.of(
                "Authorization", "Bearer sk-123", "X-Runway-Version", "2024-11-06"),
                image("@hero", "hero", pngUri()));

        assertEquals(401, answer.statusCode());
    }

    @Test
    void runway_refuses_tags_that_break_the_rules_or_are_not_cited() throws Exception {
        assertEquals(400, runwayImage(image("@my-hero", "my-hero", pngUri())).statusCode());
        assertEquals(400, runwayImage(image("@1hero", "1hero", pngUri())).statusCode());
        assertEquals(400, runwayImage(image("@ab", "ab", pngUri())).statusCode());
        assertEquals(400, runwayImage(image("a hero", "hero", pngUri())).statusCode());
    }

    @Test
    void runway_refuses_a_data_uri_over_five_megabytes() throws Exception {
        String huge = "data:image/png;base64," + "A".repeat(FakeRunway.DATA_URI_LIMIT);

        HttpResponse<Buffer> answer = runwayImage(image("@hero", "hero", huge));

        assertEquals(400, answer.statusCode());
        assertTrue(answer.bodyAsJsonObject().getString("error").contains("5 MB"));
    }

    @Test
    void runway_refuses_a_prompt_over_a_thousand_units_and_an_unknown_ratio() throws Exception {
        assertEquals(400, runwayImage(image("@hero " + "x".repeat(1000), "hero", pngUri()))
                .statusCode());
        assertEquals(400, runwayImage(image("@hero", "hero", pngUri()).put("ratio", "16:9"))
                .statusCode());
    }

    @Test
    void openai_refuses_a_schema_that_is_not_strict() throws Exception {
        JsonObject loose = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("title", new JsonObject()
                        .put("type", "string")))
                .put("required", new JsonArray());
        JsonObject body = new JsonObject().put("model", "gpt-5.4-mini")
                .put("messages", new JsonArray().add(new JsonObject().put("role", "user")
                        .put("content", "hi")))
                .put("response_format", new JsonObject().put("type", "json_schema")
                        .put("json_schema", new JsonObject().put("name", "plan")
                                .put("strict", true).put("schema", loose)));

        HttpResponse<Buffer> answer = post(openAi.origin() + "/v1/chat/completions",
                Map.of("Authorization", "Bearer " + FakeOpenAi.KEY), body);

        assertEquals(400, answer.statusCode());
        assertTrue(answer.bodyAsJsonObject().getJsonObject("error").getString("message")
                .contains("Invalid schema"));
    }

    @Test
    void elevenlabs_refuses_the_output_format_in_the_body_and_bearer_auth() throws Exception {
        JsonObject body = new JsonObject().put("text", "Hi").put("output_format",
                "mp3_44100_128");

        assertEquals(422, post(elevenLabs.origin() + "/v1/text-to-speech/"
                + FakeElevenLabs.VOICE, Map.of("xi-api-key", FakeElevenLabs.KEY), body)
                .statusCode());
        assertEquals(401, post(elevenLabs.origin() + "/v1/text-to-speech/"
                + FakeElevenLabs.VOICE, Map.of("Authorization", "Bearer "
                + FakeElevenLabs.KEY), new JsonObject().put("text", "Hi")).statusCode());
    }

    @Test
    void elevenlabs_refuses_a_music_length_outside_every_range() throws Exception {
        JsonObject body = new JsonObject().put("prompt", "folk").put("music_length_ms", 1000);

        assertEquals(422, post(elevenLabs.origin() + "/v1/music",
                Map.of("xi-api-key", FakeElevenLabs.KEY), body).statusCode());
    }
}
