package live.mymovie.adapters.web.support;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.WebSettings;

/** The headers every answer carries: only this site's own content, no framing, no sniffing. */
public final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    private final boolean https;

    public SecurityHeaders(WebSettings settings) {
        this.https = settings.isHttps();
    }

    public void apply(ServerResponse response) {
        response.header("Content-Security-Policy", POLICY);
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            response.header(HeaderNames.STRICT_TRANSPORT_SECURITY,
                    "max-age=31536000; includeSubDomains");
        }
    }
}
