package live.mymovie.application.account;

import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** The one check that an account holds the ADMIN role. */
public final class Admins {

    private Admins() {
    }

    public static Account require(AccountRepository accounts, AccountId id) {
        Account account = accounts.findById(id).orElseThrow(() -> new Refusal.NotSignedIn(
                "Your account no longer exists."));
        if (!account.isAdmin()) {
            throw new Refusal.NotAllowed("This needs the ADMIN role.");
        }
        return account;
    }
}
