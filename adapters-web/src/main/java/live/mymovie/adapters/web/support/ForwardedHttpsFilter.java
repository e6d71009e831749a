package live.mymovie.adapters.web.support;

import java.util.List;
import java.util.Locale;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Behind a proxy that ends TLS: redirects to HTTPS the requests that a trusted proxy says came
 * in over plain HTTP. Anyone else's {@code X-Forwarded-Proto} is ignored.
 */
public final class ForwardedHttpsFilter implements Filter {

    private final ClientAddress clientAddress;
    private final HttpsRedirect redirect;

    public ForwardedHttpsFilter(ClientAddress clientAddress, HttpsRedirect redirect) {
        this.clientAddress = clientAddress;
        this.redirect = redirect;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (clientAddress.fromTrustedProxy(request) && cameOverPlainHttp(request)) {
            redirect.handle(request, response);
            return;
        }
        chain.proceed();
    }

    // The first value is the scheme the visitor used with the outermost proxy.
    private static boolean cameOverPlainHttp(RoutingRequest request) {
        List<String> values = request.headers().all(HeaderNames.X_FORWARDED_PROTO, List::of);
        if (values.isEmpty()) {
            return false;
        }
        String first = values.get(0).split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("http");
    }
}
