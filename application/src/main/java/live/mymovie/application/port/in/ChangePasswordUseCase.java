package live.mymovie.application.port.in;

import live.mymovie.domain.account.AccountId;

/** A person changes their password; every other session of theirs ends. */
public interface ChangePasswordUseCase {

    void changePassword(ChangePasswordCommand command);

    /** Who, the current and new password, and the session to keep. */
    record ChangePasswordCommand(
            AccountId accountId, String currentPassword, String newPassword,
            String keepSessionId) {

        @Override
        public String toString() {
            return "ChangePasswordCommand[accountId=" + accountId + ", passwords=hidden]";
        }
    }
}
