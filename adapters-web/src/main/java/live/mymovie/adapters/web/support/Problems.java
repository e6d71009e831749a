package live.mymovie.adapters.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.domain.Refusal;

/**
 * The one place where failures become answers: RFC 9457 problem documents, never a stack
 * trace or SQL.
 */
public final class Problems {

    public static final String PROBLEM_TYPE = "application/problem+json";

    private static final long DRAIN_LIMIT_BYTES = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private final Json json;
    private final SecurityHeaders headers;
    private final SessionCookies cookies;

    public Problems(Json json, SecurityHeaders headers, SessionCookies cookies) {
        this.json = json;
        this.headers = headers;
        this.cookies = cookies;
    }

    /** Registers the error handlers on the routing. */
    public void register(HttpRouting.Builder routing) {
        routing.error(Refusal.class, this::refusal)
                .error(BadRequest.class, (req, res, e) -> send(req, res,
                        Status.BAD_REQUEST_400, "Bad Request", e.getMessage(), Map.of()))
                .error(HttpException.class, this::httpException)
                .error(Exception.class, this::unexpected);
    }

    private void refusal(ServerRequest request, ServerResponse response, Refusal refusal) {
        Map<String, Object> extra = new LinkedHashMap<>();
        Status status = switch (refusal) {
            case Refusal.NotFound r -> Status.NOT_FOUND_404;
            case Refusal.Conflict r -> Status.CONFLICT_409;
            case Refusal.MissingInput r -> Status.CONFLICT_409;
            case Refusal.NotAllowed r -> Status.FORBIDDEN_403;
            case Refusal.NotSignedIn r -> Status.UNAUTHORIZED_401;
            case Refusal.UnsupportedMedia r -> Status.UNSUPPORTED_MEDIA_TYPE_415;
            case Refusal.TooLarge r -> {
                if (!drained(request)) {
                    response.header(HeaderNames.CONNECTION, "close");
                }
                yield Status.REQUEST_ENTITY_TOO_LARGE_413;
            }
            case Refusal.InvalidInput r -> {
                extra.put("errors", r.errors());
                yield Status.create(422, "Unprocessable Content");
            }
            case Refusal.InsufficientCredits r -> {
                extra.put("balance", r.balance());
                extra.put("price", r.price());
                yield Status.create(402, "Payment Required");
            }
            case Refusal.RateLimited r -> {
                response.header(HeaderNames.RETRY_AFTER, Long.toString(r.retryAfterSeconds()));
                yield Status.TOO_MANY_REQUESTS_429;
            }
        };
        send(request, response, status, status.reasonPhrase(), refusal.getMessage(), extra);
    }

    /**
     * Reads and drops an unread body that is only a little over the limit, so the client,
     * still sending, gets the answer instead of a reset connection. Larger bodies are not
     * read at all: the connection closes after the answer.
     */
    private static boolean drained(ServerRequest request) {
        long length = request.headers().contentLength().orElse(-1);
        if (length < 0 || length > DRAIN_LIMIT_BYTES) {
            return false;
        }
        try (InputStream in = request.content().inputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException | IllegalStateException alreadyRead) {
            return false;
        }
    }

    private void httpException(ServerRequest request, ServerResponse response, HttpException e) {
        Status status = e.status();
        if (status.code() == Status.NOT_MODIFIED_304.code()) {
            notModified(request, response);
            return;
        }
        if (status.code() >= 500) {
            unexpected(request, response, e);
            return;
        }
        send(request, response, status, status.reasonPhrase(), status.reasonPhrase() + ".",
                Map.of());
    }

    /**
     * The static files answer an unchanged asset with a 304 exception; it carries no body,
     * and the tag the browser sent back is the one that matched.
     */
    private void notModified(ServerRequest request, ServerResponse response) {
        headers.apply(response);
        request.headers().first(HeaderNames.IF_NONE_MATCH)
                .ifPresent(tag -> response.header(HeaderNames.ETAG, tag));
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        response.status(Status.NOT_MODIFIED_304).send();
    }

    private void unexpected(ServerRequest request, ServerResponse response, Exception e) {
        LOG.log(Level.ERROR, "Request " + request.prologue().method().text() + " "
                + request.path().path() + " failed", e);
        send(request, response, Status.INTERNAL_SERVER_ERROR_500, "Internal Server Error",
                "Something went wrong on our side. Please try again later.", Map.of());
    }

    /**
     * Sends the problem. Helidon resets the answer before an error handler runs, so the
     * security headers and a stale cookie's clearing are put back here.
     */
    private void send(ServerRequest request, ServerResponse response, Status status,
            String title, String detail, Map<String, Object> extra) {
        if (response.isSent()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status.code());
        body.put("title", title);
        body.put("detail", detail);
        body.putAll(extra);
        headers.apply(response);
        if (Visitor.of(request).staleCookie()) {
            cookies.clear(response);
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, PROBLEM_TYPE);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(json.bytes(body));
    }
}
