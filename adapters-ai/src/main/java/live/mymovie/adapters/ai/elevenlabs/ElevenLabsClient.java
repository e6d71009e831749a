package live.mymovie.adapters.ai.elevenlabs;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.HttpTuning;
import live.mymovie.adapters.ai.http.MediaTypes;
import live.mymovie.adapters.ai.http.ProviderHttp;
import live.mymovie.adapters.ai.http.ProviderRequest;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.Secrets;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

/** Posts JSON to ElevenLabs and answers the audio in the body, with its content type. */
final class ElevenLabsClient {

    private static final Logger LOG = System.getLogger(ElevenLabsClient.class.getName());

    private final ProviderHttp http;
    private final ElevenLabsFailures failures;
    private final String outputFormat;

    ElevenLabsClient(ElevenLabsSettings settings, HttpTuning tuning, Vertx vertx,
            Clock clock) {
        this.http = new ProviderHttp(vertx, settings.baseUrl(), Map.of(
                "xi-api-key", settings.apiKey(),
                "Accept", "audio/*, application/json"),
                tuning, new Secrets(settings.apiKey()), clock);
        this.failures = new ElevenLabsFailures(clock);
        this.outputFormat = settings.outputFormat();
    }

    /** Audio bytes and what they are. */
    record Audio(byte[] bytes, String contentType) {
    }

    Audio post(String action, String path, JsonObject body) {
        ProviderResponse response = http.exchange(ProviderRequest.postJson(action, path, body)
                .withQuery("output_format", outputFormat), failures);
        byte[] bytes = response.bytes();
        String declared = response.header("Content-Type").orElse("");
        if (bytes.length == 0 || declared.startsWith("application/json")
                || declared.startsWith("text/")) {
            LOG.log(Level.WARNING, "{0} answered no audio (request id {1})", action,
                    response.requestId());
            throw new ProviderFailure(Kind.TRANSIENT, "The music and voice provider answered "
                    + "oddly; the step will be tried again.", action + " answered no audio: "
                    + response.excerpt(), Duration.ofSeconds(30), response.requestId());
        }
        response.header("song-id").ifPresent(song ->
                LOG.log(Level.INFO, "{0} made song {1}", action, song));
        return new Audio(bytes, MediaTypes.of(bytes, declared, "audio/mpeg"));
    }
}
