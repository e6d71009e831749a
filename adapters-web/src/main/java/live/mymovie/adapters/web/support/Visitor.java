package live.mymovie.adapters.web.support;

import java.util.Optional;

import io.helidon.webserver.http.ServerRequest;

import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;

/**
 * Who sent a request: the session id from a correctly signed cookie (even when the session
 * has ended), the account behind a live session, and whether the cookie sent is stale and
 * must be cleared.
 */
public record Visitor(String cookieSessionId, Account account, boolean staleCookie) {

    public static final Visitor ANONYMOUS = new Visitor(null, null, false);

    /** The visitor the session filter put on the request. */
    public static Visitor of(ServerRequest request) {
        return request.context().get(Visitor.class).orElse(ANONYMOUS);
    }

    public boolean isSignedIn() {
        return account != null;
    }

    public Optional<Account> signedIn() {
        return Optional.ofNullable(account);
    }

    /** The signed-in account, or a refusal answered 401. */
    public Account requireAccount() {
        if (account == null) {
            throw new Refusal.NotSignedIn("Please sign in.");
        }
        return account;
    }

    /** The signed-in admin, or a refusal answered 401 or 403. */
    public Account requireAdmin() {
        Account signedIn = requireAccount();
        if (!signedIn.isAdmin()) {
            throw new Refusal.NotAllowed("This needs the admin role.");
        }
        return signedIn;
    }

    /** The live session's id, for use cases that keep or end it. */
    public String sessionId() {
        return account == null ? null : cookieSessionId;
    }
}
