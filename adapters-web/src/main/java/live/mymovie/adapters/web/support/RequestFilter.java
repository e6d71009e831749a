package live.mymovie.adapters.web.support;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.application.port.in.RecordRequestsUseCase;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.account.Account;

/**
 * The outermost filter: works out the client address, puts the security headers on the
 * answer and writes one request-log row once the answer is sent (no body, cookie or query).
 */
public final class RequestFilter implements Filter {

    private static final System.Logger LOG = System.getLogger(RequestFilter.class.getName());

    private final ClientAddress clientAddress;
    private final SecurityHeaders securityHeaders;
    private final RecordRequestsUseCase requestLog;
    private final Clock clock;

    public RequestFilter(ClientAddress clientAddress, SecurityHeaders securityHeaders,
            RecordRequestsUseCase requestLog, Clock clock) {
        this.clientAddress = clientAddress;
        this.securityHeaders = securityHeaders;
        this.requestLog = requestLog;
        this.clock = clock;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        String ip = clientAddress.of(request);
        request.context().register(new ClientIp(ip));

        securityHeaders.apply(response);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.whenSent(() -> record(request, response, start, ip, startNanos));

        chain.proceed();
    }

    private void record(ServerRequest request, ServerResponse response, Instant start,
            String ip, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        var account = Visitor.of(request).signedIn().map(Account::id).orElse(null);
        var entry = new RequestLogEntry(start, ip, request.prologue().method().text(),
                request.path().path(), response.status().code(), millis, account);
        try {
            requestLog.record(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write a request-log row", e);
        }
    }
}
