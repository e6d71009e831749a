package live.mymovie.adapters.web.support;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.WebSettings;

/**
 * Sends a plain-HTTP visitor to the same path and query on the public https address, with a
 * 308 so that the method and body of the request are kept.
 */
public final class HttpsRedirect implements Handler {

    private final String httpsOrigin;

    public HttpsRedirect(WebSettings settings) {
        if (!settings.isHttps()) {
            throw new IllegalArgumentException("Redirecting to HTTPS needs an https public URL");
        }
        this.httpsOrigin = settings.origin();
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.status(Status.PERMANENT_REDIRECT_308)
                .header(HeaderNames.LOCATION, target(request))
                .send();
    }

    /** The public https address of the requested path and query, still percent-encoded. */
    String target(ServerRequest request) {
        String query = request.query().rawValue();
        String path = request.path().rawPath();
        return httpsOrigin + path + (query.isEmpty() ? "" : "?" + query);
    }
}
