package live.mymovie.application.port.in;

import java.util.Optional;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** Starts, resumes and ends the server side of sessions. */
public interface ManageSessionsUseCase {

    /** Starts a session for the account and answers its id, to be signed into a cookie. */
    String startSession(AccountId account);

    /** The account behind a live session; empty when it ended, expired or sat idle too long. */
    Optional<Account> resumeSession(String sessionId);

    /** Ends the session at once; its cookie is refused from then on. */
    void endSession(String sessionId);
}
