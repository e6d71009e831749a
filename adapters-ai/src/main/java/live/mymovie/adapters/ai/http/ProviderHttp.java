package live.mymovie.adapters.ai.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import live.mymovie.application.port.out.ProviderFailure;

/**
 * The blocking HTTP client every cloud adapter talks through: it adds the provider's headers,
 * applies the timeouts, retries a few times where that is safe, and names the provider's
 * request id in every failure it logs.
 */
public final class ProviderHttp {

    private static final Logger LOG = System.getLogger(ProviderHttp.class.getName());

    private final WebClient client;
    private final String baseUrl;
    private final Map<String, String> headers;
    private final HttpTuning tuning;
    private final Secrets secrets;
    private final Clock clock;

    /**
     * @param headers the provider's auth and version headers, sent with every request
     */
    public ProviderHttp(Vertx vertx, String baseUrl, Map<String, String> headers,
            HttpTuning tuning, Secrets secrets, Clock clock) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) tuning.connectTimeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("MyMovie.live"));
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.headers = Map.copyOf(headers);
        this.tuning = tuning;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Sends the request and answers the 2xx response.
     *
     * @throws ProviderFailure with the mapped kind once retrying here is no longer sensible
     */
    public ProviderResponse exchange(ProviderRequest request, FailureMapper mapper) {
        for (int attempt = 1; ; attempt++) {
            ProviderFailure failure;
            try {
                ProviderResponse response = send(request);
                if (response.isSuccess()) {
                    return response;
                }
                failure = clean(mapper.map(response), response.requestId());
                log(request, response.status(), failure);
            } catch (CallFailed unreached) {
                failure = unreached.failure;
                log(request, 0, failure);
                if (!request.idempotent() && !unreached.nothingSent) {
                    throw withRetryAfter(failure, backoff(attempt + 1));
                }
            }
            waitBeforeRetry(request, failure, attempt);
        }
    }

    /** The wait before the next attempt, or the failure when no attempt is left here. */
    private void waitBeforeRetry(ProviderRequest request, ProviderFailure failure,
            int attempt) {
        if (!failure.isTransient()) {
            throw failure;
        }
        Duration wait = failure.retryAfter().orElseGet(() -> backoff(attempt));
        if (attempt >= tuning.maxAttempts() || wait.compareTo(tuning.maxInCallWait()) > 0) {
            throw withRetryAfter(failure, failure.retryAfter().orElse(backoff(attempt + 1)));
        }
        LOG.log(Level.INFO, "Retrying {0} in {1} ms (attempt {2} of {3})", request.action(),
                wait.toMillis(), attempt + 1, tuning.maxAttempts());
        Sleep.forDuration(wait);
    }

    /** Exponential backoff with up to 50% random jitter on top. */
    private Duration backoff(int attempt) {
        long base = tuning.retryBase().toMillis() << Math.min(attempt - 1, 10);
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Duration.ofMillis(base + jitter);
    }

    private ProviderResponse send(ProviderRequest request) {
        HttpRequest<Buffer> http = client.requestAbs(request.method(), baseUrl + request.path())
                .connectTimeout(tuning.connectTimeout().toMillis())
                .idleTimeout(tuning.callTimeout().toMillis())
                .followRedirects(false);
        headers.forEach(http::putHeader);
        request.query().forEach(http::addQueryParam);
        Future<HttpResponse<Buffer>> sent;
        if (request.body() != null) {
            http.putHeader("Content-Type", "application/json");
            sent = http.sendBuffer(request.body());
        } else {
            sent = http.send();
        }
        HttpResponse<Buffer> response = await(request, sent);
        return new ProviderResponse(response.statusCode(), response.headers(), response.body());
    }

    private <T> T await(ProviderRequest request, Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture()
                    .get(tuning.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            throw new CallFailed(timedOut(request), false);
        } catch (ExecutionException broken) {
            throw unreached(request, broken.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CallFailed(ProviderFailure.transientFailure(
                    request.action() + " was interrupted", null), false);
        }
    }

    private CallFailed unreached(ProviderRequest request, Throwable cause) {
        boolean nothingSent = cause instanceof ConnectException
                || cause instanceof ConnectTimeoutException;
        if (cause instanceof TimeoutException || cause.getClass().getName().contains("Timeout")) {
            return new CallFailed(timedOut(request), nothingSent);
        }
        String why = cause instanceof HttpClosedException ? "the connection was closed"
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new CallFailed(ProviderFailure.transientFailure(
                request.action() + " could not reach the provider: " + secrets.redact(why),
                null), nothingSent);
    }

    private ProviderFailure timedOut(ProviderRequest request) {
        return ProviderFailure.transientFailure(request.action() + " timed out after "
                + tuning.callTimeout().toMillis() + " ms", null);
    }

    /** Redacts the detail and fills in the request id the mapper may have left out. */
    private ProviderFailure clean(ProviderFailure failure, String requestId) {
        return new ProviderFailure(failure.kind(), secrets.redact(failure.personMessage()),
                secrets.redact(failure.getMessage()), failure.retryAfter().orElse(null),
                failure.providerRequestId().orElse(requestId));
    }

    private static ProviderFailure withRetryAfter(ProviderFailure failure, Duration retryAfter) {
        return new ProviderFailure(failure.kind(), failure.personMessage(), failure.getMessage(),
                retryAfter, failure.providerRequestId().orElse(null));
    }

    private void log(ProviderRequest request, int status, ProviderFailure failure) {
        LOG.log(Level.WARNING, "{0} failed ({1}, HTTP {2}, provider request id {3}): {4}",
                request.action(), failure.kind(), status,
                failure.providerRequestId().orElse("none"), failure.getMessage());
    }

    /** The wait a response asks for in its headers, or null. */
    public Duration retryAfterOf(ProviderResponse response) {
        return RetryAfter.of(response, clock);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "ProviderHttp[" + baseUrl + "]";
    }

    /** A call that got no answer; nothingSent says the request never left this machine. */
    private static final class CallFailed extends RuntimeException {
        private final transient ProviderFailure failure;
        private final boolean nothingSent;

        CallFailed(ProviderFailure failure, boolean nothingSent) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.nothingSent = nothingSent;
        }
    }
}
