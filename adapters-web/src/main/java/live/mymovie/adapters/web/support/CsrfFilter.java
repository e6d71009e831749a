package live.mymovie.adapters.web.support;

import java.util.Locale;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import live.mymovie.domain.Refusal;

/**
 * Refuses state-changing requests from other sites: a foreign {@code Origin}, or a session
 * cookie without the matching {@code X-CSRF-Token} header.
 */
public final class CsrfFilter implements Filter {

    public static final String HEADER = "X-CSRF-Token";

    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);

    private final SessionCookies cookies;
    private final Set<String> origins;

    /** A filter that accepts an {@code Origin} header only from the given origins. */
    public CsrfFilter(SessionCookies cookies, Set<String> origins) {
        this.cookies = cookies;
        this.origins = origins;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!SAFE.contains(request.prologue().method())) {
            check(request);
        }
        chain.proceed();
    }

    private void check(RoutingRequest request) {
        request.headers().first(HeaderNames.ORIGIN).ifPresent(given -> {
            if (!origins.contains(given.toLowerCase(Locale.ROOT))) {
                throw new Refusal.NotAllowed("Requests from other sites are refused.");
            }
        });
        String sessionId = Visitor.of(request).cookieSessionId();
        if (sessionId != null) {
            String token = request.headers().first(HeaderNames.create(HEADER)).orElse(null);
            if (!cookies.csrfTokenMatches(sessionId, token)) {
                throw new Refusal.NotAllowed("The CSRF token is missing or wrong. "
                        + "Reload the page and try again.");
            }
        }
    }
}
