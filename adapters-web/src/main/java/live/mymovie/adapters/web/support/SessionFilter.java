package live.mymovie.adapters.web.support;

import java.util.Optional;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import live.mymovie.application.port.in.ManageSessionsUseCase;
import live.mymovie.domain.account.Account;

/**
 * Resumes the session named by the signed cookie; a forged cookie or an ended session counts
 * as signed out and the stale cookie is cleared.
 */
public final class SessionFilter implements Filter {

    private final SessionCookies cookies;
    private final ManageSessionsUseCase sessions;

    public SessionFilter(SessionCookies cookies, ManageSessionsUseCase sessions) {
        this.cookies = cookies;
        this.sessions = sessions;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Optional<String> sessionId = cookies.sessionId(request);
        Account account = sessionId.flatMap(sessions::resumeSession).orElse(null);
        boolean stale = account == null && cookies.isPresent(request);
        request.context().register(new Visitor(sessionId.orElse(null), account, stale));

        if (stale) {
            cookies.clear(response);
        }
        chain.proceed();
    }
}
