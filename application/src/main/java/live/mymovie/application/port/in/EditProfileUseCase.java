package live.mymovie.application.port.in;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** A person corrects their display name. */
public interface EditProfileUseCase {

    Account changeDisplayName(AccountId account, String displayName);
}
