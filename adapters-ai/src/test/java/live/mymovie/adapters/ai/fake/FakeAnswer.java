package live.mymovie.adapters.ai.fake;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** A scripted answer a fake gives once instead of its normal behaviour. */
public record FakeAnswer(int status, Map<String, String> headers, Buffer body, Duration delay) {

    public FakeAnswer {
        headers = Map.copyOf(headers);
    }

    public static FakeAnswer json(int status, JsonObject body) {
        return new FakeAnswer(status, Map.of("Content-Type", "application/json"),
                body.toBuffer(), Duration.ZERO);
    }

    public static FakeAnswer json(int status, String body) {
        return new FakeAnswer(status, Map.of("Content-Type", "application/json"),
                Buffer.buffer(body), Duration.ZERO);
    }

    /** A 200 whose body is not the JSON the caller expects. */
    public static FakeAnswer malformed() {
        return json(200, "{\"this is\": not json");
    }

    public static FakeAnswer status(int status) {
        return new FakeAnswer(status, Map.of(), Buffer.buffer(), Duration.ZERO);
    }

    public FakeAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FakeAnswer(status, more, body, delay);
    }

    /** The same answer, sent only after the delay (to outlast a client's timeout). */
    public FakeAnswer after(Duration wait) {
        return new FakeAnswer(status, headers, body, wait);
    }
}
