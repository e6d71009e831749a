package live.mymovie.adapters.web.api;

import java.util.Locale;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.WebSettings.RateLimits;
import live.mymovie.adapters.web.api.Views.AccountJson;
import live.mymovie.adapters.web.support.ClientIp;
import live.mymovie.adapters.web.support.CsrfFilter;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RateLimiter;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.SessionCookies;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.LogInUseCase.LogInCommand;
import live.mymovie.application.port.in.SignUpUseCase.SignUpCommand;
import live.mymovie.domain.account.Account;

/** Session state, sign-up, sign-in and sign-out. */
public final class AuthService implements HttpService {

    private final WebPorts ports;
    private final SessionCookies cookies;
    private final Json json;
    private final RateLimiter limiter;
    private final RateLimits limits;
    private final RouteCatalog catalog;

    public AuthService(WebPorts ports, SessionCookies cookies, Json json, RateLimiter limiter,
            RateLimits limits, RouteCatalog catalog) {
        this.ports = ports;
        this.cookies = cookies;
        this.json = json;
        this.limiter = limiter;
        this.limits = limits;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/api/v1/session", this::session)
                .post("/api/v1/auth/signup", this::signUp)
                .post("/api/v1/auth/login", this::logIn)
                .post("/api/v1/auth/logout", this::logOut);
    }

    private void session(ServerRequest request, ServerResponse response) {
        Visitor visitor = Visitor.of(request);
        AccountJson account = visitor.signedIn().map(this::withBalance).orElse(null);
        String token = visitor.isSignedIn() ? cookies.csrfToken(visitor.sessionId()) : "";
        json.send(response, Status.OK_200, new SessionJson(visitor.isSignedIn(), token, account));
    }

    private void signUp(ServerRequest request, ServerResponse response) {
        limiter.take("sign-up:" + ClientIp.of(request), limits.signUpPerAddress());
        SignUpBody body = json.read(request, SignUpBody.class);

        Account account = ports.signUp().signUp(new SignUpCommand(body.email(),
                body.password(), body.displayName(), body.confirmedAge13()));

        startSession(request, response, account);
        json.send(response, Status.CREATED_201, withBalance(account));
    }

    /**
     * Three budgets guard sign-in. Per address and email stops a script guessing one
     * person's password, without touching that person's own attempts from elsewhere. Per
     * address stops one machine trying many emails. Per email, looser and refilling, slows
     * guessing spread over many addresses; it is checked last, so attempts already refused
     * by the first budget never drain it, and it recovers by itself: at worst a person waits
     * minutes, never forever.
     */
    private void logIn(ServerRequest request, ServerResponse response) {
        LogInBody body = json.read(request, LogInBody.class);
        String ip = ClientIp.of(request);
        String email = body.email().strip().toLowerCase(Locale.ROOT);
        limiter.take("sign-in:" + ip + "|" + email, limits.signInPerAddressAndEmail());
        limiter.take("sign-in-address:" + ip, limits.signInPerAddress());
        limiter.take("sign-in-email:" + email, limits.signInPerEmail());

        Account account = ports.logIn().logIn(new LogInCommand(body.email(), body.password()));

        startSession(request, response, account);
        json.send(response, Status.OK_200, withBalance(account));
    }

    private void logOut(ServerRequest request, ServerResponse response) {
        String sessionId = Visitor.of(request).cookieSessionId();
        if (sessionId != null) {
            ports.sessions().endSession(sessionId);
        }
        cookies.clear(response);
        response.status(Status.NO_CONTENT_204).send();
    }

    private void startSession(ServerRequest request, ServerResponse response, Account account) {
        String previous = Visitor.of(request).cookieSessionId();
        if (previous != null) {
            ports.sessions().endSession(previous);
        }
        String sessionId = ports.sessions().startSession(account.id());
        cookies.set(response, sessionId);
        response.header(CsrfFilter.HEADER, cookies.csrfToken(sessionId));
    }

    private AccountJson withBalance(Account account) {
        return AccountJson.of(account, ports.showAccount().show(account.id()).balance());
    }

    /** What {@code GET /api/v1/session} answers. */
    record SessionJson(boolean signedIn, String csrfToken, AccountJson account) {
    }

    record SignUpBody(
            @NotBlank(message = "Email is required.") @Size(max = 254) String email,
            @NotNull(message = "Password is required.") @Size(max = 1024) String password,
            @Size(max = 200) String displayName,
            @NotNull @AssertTrue(message = "You must confirm that you are 13 or older.")
            Boolean confirmedAge13) {

        @Override
        public String toString() {
            return "SignUpBody[email=" + email + ", password=hidden]";
        }
    }

    record LogInBody(
            @NotBlank(message = "Email is required.") @Size(max = 254) String email,
            @NotNull(message = "Password is required.") @Size(max = 1024) String password) {

        @Override
        public String toString() {
            return "LogInBody[email=" + email + ", password=hidden]";
        }
    }
}
