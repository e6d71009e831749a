package live.mymovie.application.port.in;

import live.mymovie.domain.account.AccountId;

/**
 * Removes an account with its creations, files, jobs, sessions and ledger; request-log rows
 * stay, without the account id.
 */
public interface DeleteAccountUseCase {

    /** The person deletes their own account, confirming with their password. */
    void deleteOwnAccount(AccountId account, String password);

    /** An admin removes an account on request. */
    void deleteAccountAsAdmin(AccountId admin, AccountId account);
}
