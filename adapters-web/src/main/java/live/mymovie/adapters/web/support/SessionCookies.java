package live.mymovie.adapters.web.support;

import java.time.Duration;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.WebSettings;

/**
 * The one cookie of the site: the session id with its signature, and the CSRF token that
 * belongs to it.
 */
public final class SessionCookies {

    private static final String COOKIE_PURPOSE = "session";
    private static final String CSRF_PURPOSE = "csrf";

    private final Signer signer;
    private final String name;
    private final boolean secure;
    private final Duration lifetime;

    public SessionCookies(WebSettings settings) {
        this.signer = new Signer(settings.sessionKeys());
        this.secure = settings.isHttps();
        this.name = secure ? "__Host-mymovie_session" : "mymovie_session";
        this.lifetime = settings.sessionLifetime();
    }

    public String name() {
        return name;
    }

    /** True when the request carries the session cookie at all. */
    public boolean isPresent(ServerRequest request) {
        return request.headers().cookies().contains(name);
    }

    /** The session id of a correctly signed cookie; empty when absent or forged. */
    public Optional<String> sessionId(ServerRequest request) {
        var cookies = request.headers().cookies();
        if (!cookies.contains(name)) {
            return Optional.empty();
        }
        String value = cookies.get(name);
        int dot = value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        return signer.verifies(COOKIE_PURPOSE, id, value.substring(dot + 1))
                ? Optional.of(id) : Optional.empty();
    }

    /** Sets the cookie for a new session. */
    public void set(ServerResponse response, String sessionId) {
        String value = sessionId + "." + signer.sign(COOKIE_PURPOSE, sessionId);
        response.headers().add(HeaderNames.SET_COOKIE, cookie(value, lifetime.toSeconds()));
    }

    /** Clears the cookie, with the same attributes so the browser accepts it. */
    public void clear(ServerResponse response) {
        response.headers().add(HeaderNames.SET_COOKIE,
                cookie("", 0) + "; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }

    /** The CSRF token of a session: an HMAC of its id. */
    public String csrfToken(String sessionId) {
        return signer.sign(CSRF_PURPOSE, sessionId);
    }

    public boolean csrfTokenMatches(String sessionId, String token) {
        return token != null && signer.verifies(CSRF_PURPOSE, sessionId, token);
    }

    private String cookie(String value, long maxAgeSeconds) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
