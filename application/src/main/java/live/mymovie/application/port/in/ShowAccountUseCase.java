package live.mymovie.application.port.in;

import java.util.List;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;

/** Shows a person their account, balance and ledger. */
public interface ShowAccountUseCase {

    AccountView show(AccountId account);

    LedgerView ledger(AccountId account);

    /** The account with its current balance. */
    record AccountView(Account account, Credits balance) {
    }

    /** The balance and every ledger entry, newest first. */
    record LedgerView(Credits balance, List<LedgerEntry> entries) {
    }
}
