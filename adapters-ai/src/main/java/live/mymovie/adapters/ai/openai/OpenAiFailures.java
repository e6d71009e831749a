package live.mymovie.adapters.ai.openai;

import java.time.Clock;
import java.util.Set;

import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.FailureMapper;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.RetryAfter;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

/**
 * OpenAI's error answers as failure kinds; "out of quota" is a 429 told apart from a rate
 * limit only by its type or code.
 */
final class OpenAiFailures implements FailureMapper {

    private static final Set<String> BILLING_CODES = Set.of("insufficient_quota",
            "credit_balance_exhausted", "organization_spend_limit_exceeded",
            "project_spend_limit_exceeded", "organization_usage_limit_exceeded",
            "billing_hard_limit_reached", "billing_not_active");

    private final Clock clock;

    OpenAiFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProviderFailure map(ProviderResponse response) {
        JsonObject error = errorOf(response);
        String type = error.getString("type", "");
        String code = String.valueOf(error.getValue("code", ""));
        String detail = "OpenAI answered HTTP " + response.status() + " (" + type + "/" + code
                + "): " + error.getString("message", response.excerpt());
        String requestId = response.requestId();
        if (BILLING_CODES.contains(type) || BILLING_CODES.contains(code)) {
            return new ProviderFailure(Kind.OUT_OF_CREDITS, "The story planner has run out of "
                    + "credits; an operator has been told.", detail, null, requestId);
        }
        return switch (response.status()) {
            case 401, 403, 404 -> new ProviderFailure(Kind.MISCONFIGURED, "The story planner "
                    + "refused our key or model; an operator has been told.", detail, null,
                    requestId);
            case 400, 413, 422 -> new ProviderFailure(Kind.REJECTED,
                    "The story planner refused the request.", detail, null, requestId);
            default -> new ProviderFailure(Kind.TRANSIENT,
                    "The story planner is busy; the step will be tried again.", detail,
                    RetryAfter.of(response, clock), requestId);
        };
    }

    private static JsonObject errorOf(ProviderResponse response) {
        Object error = response.jsonOrEmpty().getValue("error");
        return error instanceof JsonObject object ? object : new JsonObject();
    }
}
