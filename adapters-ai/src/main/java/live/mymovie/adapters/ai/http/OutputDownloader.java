package live.mymovie.adapters.ai.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;

import live.mymovie.application.port.out.ProviderFailure;

/**
 * Fetches a generated file from the provider's output URL at once: only from allowed
 * origins, never following a redirect, never more than the size cap, and never with our
 * API key. Any failure is transient, since a later attempt can ask for a fresh URL.
 */
public final class OutputDownloader {

    private static final Logger LOG = System.getLogger(OutputDownloader.class.getName());

    private final WebClient client;
    private final DownloadPolicy policy;

    public OutputDownloader(Vertx vertx, DownloadPolicy policy) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) Math.min(policy.timeout().toMillis(), 10_000))
                .setUserAgent("MyMovie.live"));
        this.policy = policy;
    }

    /** A downloaded file and the content type its server declared (may be null). */
    public record Download(byte[] bytes, String contentType) {
    }

    /**
     * Downloads the file.
     *
     * @throws ProviderFailure REJECTED for a URL outside the allow-list, TRANSIENT otherwise
     */
    public Download fetch(String url, String taskId) {
        URI uri = allowedUri(url, taskId);
        CappedBuffer sink = new CappedBuffer(policy.maxBytes());
        Future<HttpResponse<Void>> sent = client.requestAbs(HttpMethod.GET, uri.toString())
                .followRedirects(false)
                .idleTimeout(policy.timeout().toMillis())
                .as(BodyCodec.pipe(sink))
                .send();
        HttpResponse<Void> response = await(sent, sink, taskId);
        if (response.statusCode() != 200) {
            throw failed(taskId, "the output URL answered HTTP " + response.statusCode()
                    + (response.statusCode() == 403 || response.statusCode() == 404
                    ? " (expired)" : ""));
        }
        if (sink.size() == 0) {
            throw failed(taskId, "the output was empty");
        }
        return new Download(sink.bytes(), response.getHeader("Content-Type"));
    }

    private URI allowedUri(String url, String taskId) {
        try {
            URI uri = new URI(url);
            if (policy.permits(uri)) {
                return uri;
            }
        } catch (URISyntaxException | NullPointerException malformed) {
            LOG.log(Level.WARNING, "Task {0} answered an unreadable output URL", taskId);
        }
        LOG.log(Level.WARNING, "Task {0} answered an output URL outside the allowed hosts",
                taskId);
        throw new ProviderFailure(ProviderFailure.Kind.MISCONFIGURED,
                "The provider's file could not be fetched; an operator has been told.",
                "Output URL of task " + taskId + " is not on the download allow-list", null,
                taskId);
    }

    private HttpResponse<Void> await(Future<HttpResponse<Void>> sent, CappedBuffer sink,
            String taskId) {
        try {
            return sent.toCompletionStage().toCompletableFuture()
                    .get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            throw failed(taskId, "the download timed out");
        } catch (ExecutionException broken) {
            throw failed(taskId, sink.overflowed()
                    ? "the file is larger than " + policy.maxBytes() + " bytes"
                    : "the download broke off: " + broken.getCause().getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failed(taskId, "the download was interrupted");
        }
    }

    private static ProviderFailure failed(String taskId, String why) {
        LOG.log(Level.WARNING, "Download for task {0} failed: {1}", taskId, why);
        return new ProviderFailure(ProviderFailure.Kind.TRANSIENT,
                "The provider's file could not be fetched; the step will be tried again.",
                "Download for task " + taskId + " failed: " + why, Duration.ofSeconds(30),
                taskId);
    }

    /** Collects the body in memory and fails the transfer once it passes the cap. */
    private static final class CappedBuffer implements WriteStream<Buffer> {
        private final long cap;
        private final Buffer collected = Buffer.buffer();
        private boolean overflowed;

        CappedBuffer(long cap) {
            this.cap = cap;
        }

        @Override
        public Future<Void> write(Buffer data) {
            if (collected.length() + (long) data.length() > cap) {
                overflowed = true;
                return Future.failedFuture("The download passed its size cap");
            }
            collected.appendBuffer(data);
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> end() {
            return overflowed ? Future.failedFuture("The download passed its size cap")
                    : Future.succeededFuture();
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }

        boolean overflowed() {
            return overflowed;
        }

        int size() {
            return collected.length();
        }

        byte[] bytes() {
            return collected.getBytes();
        }
    }
}
