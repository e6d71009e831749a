package live.mymovie.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person's client of the JSON API, as a browser would be: it keeps the session cookie and
 * sends the CSRF token with every change.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private String cookie;
    private String csrfToken;
    private String forwardedFor;

    public ApiClient(URI base) {
        this.base = base;
    }

    /** Sends requests as if through a proxy for the given client address. */
    public ApiClient from(String ip) {
        this.forwardedFor = ip;
        return this;
    }

    public Optional<String> cookie() {
        return Optional.ofNullable(cookie);
    }

    public void useCookie(String value) {
        this.cookie = value;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public void forgetCsrfToken() {
        this.csrfToken = null;
    }

    public Answer get(String path) {
        return send(builder(path).GET());
    }

    public Answer delete(String path) {
        return send(withCsrf(builder(path)).DELETE());
    }

    public Answer delete(String path, String json) {
        return send(withCsrf(builder(path)).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path, String json) {
        return send(withCsrf(builder(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer postWithKey(String path, String json, String idempotencyKey) {
        return send(withCsrf(builder(path)).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer patch(String path, String json) {
        return send(withCsrf(builder(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Uploads a reference photo as multipart/form-data. */
    public Answer upload(String path, String kind, String name, String fileName,
            String contentType, byte[] photo) {
        String boundary = "----mymovie" + UUID.randomUUID();
        byte[] body = Multipart.of(boundary, List.of(
                Multipart.field("kind", kind), Multipart.field("name", name),
                Multipart.file("photo", fileName, contentType, photo)));
        return send(withCsrf(builder(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a multipart body built by the test itself. */
    public Answer postMultipart(String path, String boundary, byte[] body) {
        return send(withCsrf(builder(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Signs up and keeps the session; fails the test when sign-up is refused. */
    public JsonNode signUp(String email, String password) {
        Answer answer = post("/api/v1/auth/signup", "{\"email\":\"" + email
                + "\",\"password\":\"" + password + "\",\"confirmedAge13\":true}");
        answer.expect(201);
        refreshCsrf();
        return answer.json();
    }

    public Answer logIn(String email, String password) {
        Answer answer = post("/api/v1/auth/login", "{\"email\":\"" + email
                + "\",\"password\":\"" + password + "\"}");
        if (answer.status() == 200) {
            refreshCsrf();
        }
        return answer;
    }

    /** Reads the CSRF token that belongs to the current session. */
    public void refreshCsrf() {
        csrfToken = get("/api/v1/session").json().path("csrfToken").asText(null);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        return csrfToken == null ? builder : builder.header("X-CSRF-Token", csrfToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            keepCookie(response);
            return new Answer(response);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void keepCookie(HttpResponse<byte[]> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            boolean cleared = header.toLowerCase().contains("max-age=0")
                    || pair.endsWith("=");
            cookie = cleared ? null : pair;
        }
    }

    /** One answer: status, headers and body. */
    public record Answer(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException notJson) {
                throw new AssertionError("Not JSON (" + status() + "): " + text(), notJson);
            }
        }

        /** Fails the test with the body when the status is not the expected one. */
        public Answer expect(int expected) {
            if (status() != expected) {
                throw new AssertionError("Expected " + expected + " but got " + status()
                        + " for " + response.request().method() + " "
                        + response.request().uri() + ": " + text());
            }
            return this;
        }
    }
}
