package live.mymovie.adapters.ai.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

/**
 * One request to a provider's API, relative to its base URL; idempotent requests may be
 * retried after a timeout, others only when the provider said it did nothing.
 */
public record ProviderRequest(
        String action,
        HttpMethod method,
        String path,
        Map<String, String> query,
        Buffer body,
        boolean idempotent) {

    public ProviderRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
    }

    /** A POST with a JSON body; it may have side effects, so it is not idempotent. */
    public static ProviderRequest postJson(String action, String path, JsonObject body) {
        return new ProviderRequest(action, HttpMethod.POST, path, Map.of(), body.toBuffer(),
                false);
    }

    public static ProviderRequest get(String action, String path) {
        return new ProviderRequest(action, HttpMethod.GET, path, Map.of(), null, true);
    }

    public static ProviderRequest delete(String action, String path) {
        return new ProviderRequest(action, HttpMethod.DELETE, path, Map.of(), null, true);
    }

    /** The same request, marked safe to send again after a timeout (it has no side effect). */
    public ProviderRequest retryable() {
        return new ProviderRequest(action, method, path, query, body, true);
    }

    /** The same request with one more query parameter. */
    public ProviderRequest withQuery(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new ProviderRequest(action, method, path, more, body, idempotent);
    }

    @Override
    public String toString() {
        return action + " " + method + " " + path;
    }
}
