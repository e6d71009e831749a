package live.mymovie.application.port.in;

import live.mymovie.domain.account.Account;

/** A person proves who they are with email and password. */
public interface LogInUseCase {

    /**
     * Checks the credentials.
     *
     * @throws live.mymovie.domain.Refusal.NotSignedIn with one message for any wrong email or
     *     password
     */
    Account logIn(LogInCommand command);

    /** Email and password as typed. */
    record LogInCommand(String email, String password) {

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=hidden]";
        }
    }
}
