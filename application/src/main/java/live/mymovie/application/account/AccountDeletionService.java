package live.mymovie.application.account;

import live.mymovie.application.port.in.DeleteAccountUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Password;

/** Deletes an account on the person's own request or an admin's. */
public final class AccountDeletionService implements DeleteAccountUseCase {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccountEraser eraser;

    public AccountDeletionService(AccountRepository accounts, PasswordHasher hasher,
            AccountEraser eraser) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.eraser = eraser;
    }

    @Override
    public void deleteOwnAccount(AccountId id, String password) {
        Account account = accounts.findById(id).orElseThrow(() -> new Refusal.NotSignedIn(
                "Your account no longer exists."));
        if (!hasher.matches(Password.typed(password), account.passwordHash())) {
            throw Refusal.InvalidInput.of("password", "The password is wrong.");
        }
        eraser.erase(id);
    }

    @Override
    public void deleteAccountAsAdmin(AccountId admin, AccountId id) {
        Admins.require(accounts, admin);
        accounts.findById(id).orElseThrow(() -> new Refusal.NotFound("Account"));
        eraser.erase(id);
    }
}
