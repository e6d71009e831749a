package live.mymovie.adapters.ai.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The common part of the fake provider servers: a Vert.x Web server on 127.0.0.1 at a random
 * port that records every request and can be told to give scripted answers per endpoint.
 */
public abstract class FakeServer implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<FakeAnswer>> scripted = new ConcurrentHashMap<>();
    private final int port;

    protected FakeServer(Vertx vertx) {
        this.vertx = vertx;
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setBodyLimit(64L * 1024 * 1024));
        router.route().handler(this::record);
        routes(router);
        this.server = vertx.createHttpServer().requestHandler(router);
        this.port = await(server.listen(0, "127.0.0.1")).actualPort();
    }

    /** Adds the provider's endpoints. */
    protected abstract void routes(Router router);

    /** Where the fake answers, e.g. {@code http://127.0.0.1:40123}. */
    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests to paths starting with the prefix. */
    public List<RecordedRequest> requestsTo(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method))
                .filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    /** Makes the named endpoint give these answers, one per request, before behaving normally. */
    public void answerNext(String endpoint, FakeAnswer... answers) {
        Queue<FakeAnswer> queue = scripted.computeIfAbsent(endpoint,
                key -> new ConcurrentLinkedQueue<>());
        queue.addAll(List.of(answers));
    }

    /** True when a scripted answer was sent for the endpoint. */
    protected boolean scripted(String endpoint, RoutingContext context) {
        Queue<FakeAnswer> queue = scripted.get(endpoint);
        FakeAnswer answer = queue == null ? null : queue.poll();
        if (answer == null) {
            return false;
        }
        if (answer.delay().isZero()) {
            send(context, answer);
        } else {
            vertx.setTimer(answer.delay().toMillis(), id -> send(context, answer));
        }
        return true;
    }

    private static void send(RoutingContext context, FakeAnswer answer) {
        if (context.response().closed()) {
            return;
        }
        context.response().setStatusCode(answer.status());
        answer.headers().forEach(context.response()::putHeader);
        context.response().end(answer.body());
    }

    protected static void json(RoutingContext context, int status, JsonObject body) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json").end(body.encode());
    }

    private void record(RoutingContext context) {
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        context.request().headers().forEach(entry -> headers.put(entry.getKey(),
                entry.getValue()));
        Map<String, String> query = new java.util.LinkedHashMap<>();
        context.queryParams().forEach(entry -> query.put(entry.getKey(), entry.getValue()));
        String body = context.body().buffer() == null ? "" : context.body().asString();
        requests.add(new RecordedRequest(context.request().method().name(),
                context.request().path(), query, headers, body));
        context.next();
    }

    @Override
    public void close() {
        await(server.close());
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("The fake server did not start or stop", failed);
        }
    }

    /** One request as the fake saw it. */
    public record RecordedRequest(String method, String path, Map<String, String> query,
            Map<String, String> headers, String body) {

        public JsonObject json() {
            return new JsonObject(body);
        }

        public String header(String name) {
            return headers.get(name);
        }
    }
}
