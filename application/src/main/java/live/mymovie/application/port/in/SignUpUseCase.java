package live.mymovie.application.port.in;

import live.mymovie.domain.account.Account;

/** A person opens an account and receives the sign-up credits. */
public interface SignUpUseCase {

    Account signUp(SignUpCommand command);

    /** Email, password, optional display name, and the person's word that they are 13+. */
    record SignUpCommand(
            String email, String password, String displayName, boolean confirmedAge13) {

        @Override
        public String toString() {
            return "SignUpCommand[email=" + email + ", password=hidden]";
        }
    }
}
