package live.mymovie.adapters.ai.runway;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import live.mymovie.adapters.ai.http.FailureMapper;
import live.mymovie.adapters.ai.http.ProviderResponse;
import live.mymovie.adapters.ai.http.RetryAfter;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.ProviderFailure.Kind;

/** Runway's error answers and task failure codes as failure kinds. */
final class RunwayFailures implements FailureMapper {

    private final Clock clock;

    RunwayFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ProviderFailure map(ProviderResponse response) {
        int status = response.status();
        String error = errorText(response);
        String requestId = response.requestId();
        String detail = "Runway answered HTTP " + status + ": " + error;
        if (status == 400 && mentionsCredits(error)) {
            return new ProviderFailure(Kind.OUT_OF_CREDITS, OUT_OF_CREDITS, detail, null,
                    requestId);
        }
        return switch (status) {
            case 401, 403, 405 -> new ProviderFailure(Kind.MISCONFIGURED,
                    "The image and video provider refused our key; an operator has been told.",
                    detail, null, requestId);
            case 408, 409, 429, 500, 502, 503, 504 -> new ProviderFailure(Kind.TRANSIENT,
                    "Runway is busy; the step will be tried again.", detail,
                    RetryAfter.of(response, clock), requestId);
            default -> status >= 500
                    ? new ProviderFailure(Kind.TRANSIENT,
                            "Runway is busy; the step will be tried again.", detail,
                            RetryAfter.of(response, clock), requestId)
                    : new ProviderFailure(Kind.REJECTED, "Runway refused this request: "
                            + shorten(error), detail, null, requestId);
        };
    }

    private static final String OUT_OF_CREDITS =
            "The image and video provider has run out of credits; an operator has been told.";

    /** The failure of a task that ended FAILED, by its failure code. */
    static ProviderFailure ofTask(String taskId, String code, String failure) {
        String detail = "Runway task " + taskId + " failed (" + code + "): " + failure;
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (upper.startsWith("SAFETY") || upper.contains(".SAFETY")) {
            return new ProviderFailure(Kind.SAFETY, safetyMessage(upper), detail, null, taskId);
        }
        if (upper.startsWith("INTERNAL") || upper.equals("INPUT_PREPROCESSING.INTERNAL")) {
            return new ProviderFailure(Kind.TRANSIENT,
                    "Runway could not finish this shot; the step will be tried again.", detail,
                    Duration.ofSeconds(30), taskId);
        }
        if (upper.isEmpty() && mentionsCredits(failure)) {
            return new ProviderFailure(Kind.OUT_OF_CREDITS, OUT_OF_CREDITS, detail, null, taskId);
        }
        if (upper.startsWith("ASSET")) {
            return new ProviderFailure(Kind.REJECTED, "Runway could not use one of the images"
                    + " for this shot; try another photo.", detail, null, taskId);
        }
        return new ProviderFailure(Kind.REJECTED, "Runway could not make this shot: "
                + shorten(failure), detail, null, taskId);
    }

    private static String safetyMessage(String code) {
        if (code.contains("INPUT")) {
            return "Runway's safety check refused this shot's description or photos. Change "
                    + "the description or the photos and try again.";
        }
        return "Runway's safety check refused the result for this shot. Rephrase the shot "
                + "description and try again.";
    }

    private static boolean mentionsCredits(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("credits");
    }

    private static String errorText(ProviderResponse response) {
        Object error = response.jsonOrEmpty().getValue("error");
        if (error != null) {
            return String.valueOf(error);
        }
        return response.excerpt();
    }

    private static String shorten(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }
}
