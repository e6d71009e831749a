package live.mymovie.adapters.ai.elevenlabs;

import java.time.Clock;

import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.FailureMapper;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.RetryAfter;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

/**
 * ElevenLabs' error answers as failure kinds; "out of credits" is a 401 with the status or
 * code {@code quota_exceeded}, read from both the current and the legacy body shapes.
 */
final class ElevenLabsFailures implements FailureMapper {

    private final Clock clock;

    ElevenLabsFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProviderFailure map(ProviderResponse response) {
        Object raw = response.jsonOrEmpty().getValue("detail");
        JsonObject detail = raw instanceof JsonObject object ? object : new JsonObject();
        String code = detail.getString("code", detail.getString("status", ""));
        String requestId = response.requestId() != null ? response.requestId()
                : detail.getString("request_id");
        String operator = "ElevenLabs answered HTTP " + response.status() + " (" + code + "): "
                + (raw instanceof JsonObject ? detail.getString("message", "")
                : response.excerpt());
        if (code.equals("quota_exceeded") || detail.getString("status", "")
                .equals("quota_exceeded")) {
            return new ProviderFailure(Kind.OUT_OF_CREDITS, "The music and voice provider has "
                    + "run out of credits; an operator has been told.", operator, null,
                    requestId);
        }
        return switch (response.status()) {
            case 401, 403 -> new ProviderFailure(Kind.MISCONFIGURED, "The music and voice "
                    + "provider refused our key or plan; an operator has been told.", operator,
                    null, requestId);
            case 400, 404, 413, 422 -> code.equals("voice_not_found")
                    ? new ProviderFailure(Kind.MISCONFIGURED, "The configured voice does not "
                            + "exist; an operator has been told.", operator, null, requestId)
                    : new ProviderFailure(Kind.REJECTED, "The music and voice provider "
                            + "refused this request.", operator, null, requestId);
            default -> response.status() >= 500 || response.status() == 429
                    || response.status() == 408 || response.status() == 409
                    ? new ProviderFailure(Kind.TRANSIENT, "The music and voice provider is "
                            + "busy; the step will be tried again.", operator,
                            RetryAfter.of(response, clock), requestId)
                    : new ProviderFailure(Kind.REJECTED, "The music and voice provider "
                            + "refused this request.", operator, null, requestId);
        };
    }
}
