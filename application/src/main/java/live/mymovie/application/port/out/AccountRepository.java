package live.mymovie.application.port.out;

import java.util.List;
import java.util.Optional;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/** Keeps accounts. */
public interface AccountRepository {

    /**
     * Stores a new account.
     *
     * @throws live.mymovie.domain.Refusal.Conflict when the email already has an account
     */
    void insert(Account account);

    /** Stores changed fields of an existing account; a taken email is a conflict. */
    void update(Account account);

    Optional<Account> findById(AccountId id);

    Optional<Account> findByEmail(Email email);

    /** Accounts whose email or display name contains the text, oldest first. */
    List<Account> search(String text, int limit);

    /** Every account id, for checks that walk all accounts. */
    List<AccountId> allIds();

    /** Removes the account row itself; the use case removes what hangs off it first. */
    void delete(AccountId id);
}
