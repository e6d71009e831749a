package live.mymovie.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A test browser over a real socket: keeps the session cookie and CSRF token it is given and
 * sends them back like the site's pages do.
 */
final class Browser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    String cookie;
    String csrfToken;

    Browser(int port) {
        this("http://127.0.0.1:" + port, HttpClient.newHttpClient());
    }

    /** A browser at another base address, e.g. https, through the given client. */
    Browser(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Answer json(String method, String path, String json, String... headers) {
        return send(method, path, "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer send(String method, String path, String contentType, byte[] body,
            String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrfToken != null && !method.equals("GET")) {
            request.header("X-CSRF-Token", csrfToken);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return remember(call(request.build()));
    }

    /** Signs in through the API, as the log-in page would. */
    Answer logIn(String email) {
        return json("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
    }

    private Answer call(HttpRequest request) {
        try {
            var response = client.send(request, BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer remember(Answer answer) {
        for (String setCookie : answer.all("set-cookie")) {
            String pair = setCookie.split(";")[0];
            cookie = setCookie.toLowerCase().contains("max-age=0") ? null : pair;
        }
        answer.header("x-csrf-token").ifPresent(token -> csrfToken = token);
        if (cookie == null) {
            csrfToken = null;
        }
        return answer;
    }

    /** What came back. */
    record Answer(int status, java.util.Map<String, List<String>> headers, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Optional<String> header(String name) {
            return all(name).stream().findFirst();
        }

        List<String> all(String name) {
            List<String> values = new ArrayList<>();
            headers.forEach((key, list) -> {
                if (key.equalsIgnoreCase(name)) {
                    values.addAll(list);
                }
            });
            return values;
        }

        String contentType() {
            return header("content-type").orElse("");
        }
    }
}
