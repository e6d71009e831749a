package live.mymovie.adapters.ai.http;

import java.util.Optional;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** A provider's answer: status, headers and the whole body. */
public record ProviderResponse(int status, MultiMap headers, Buffer body) {

    private static final String[] REQUEST_ID_HEADERS = {"x-request-id", "request-id"};

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The provider's id for this request, as its response headers carry it. */
    public String requestId() {
        for (String name : REQUEST_ID_HEADERS) {
            String value = headers.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The body as a JSON object, or an empty object when it is not one. */
    public JsonObject jsonOrEmpty() {
        try {
            return json();
        } catch (DecodeException | ClassCastException notJson) {
            return new JsonObject();
        }
    }

    /** The body as a JSON object. */
    public JsonObject json() {
        if (body == null || body.length() == 0) {
            throw new DecodeException("The answer is empty");
        }
        return new JsonObject(body);
    }

    public byte[] bytes() {
        return body == null ? new byte[0] : body.getBytes();
    }

    /** The start of the body as text, for an operator's log line. */
    public String excerpt() {
        if (body == null) {
            return "";
        }
        String text = body.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
