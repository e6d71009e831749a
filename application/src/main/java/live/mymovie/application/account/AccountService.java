package live.mymovie.application.account;

import java.time.Clock;
import java.time.Instant;

import live.mymovie.application.Checks;
import live.mymovie.application.port.in.ChangePasswordUseCase;
import live.mymovie.application.port.in.EditProfileUseCase;
import live.mymovie.application.port.in.LogInUseCase;
import live.mymovie.application.port.in.ShowAccountUseCase;
import live.mymovie.application.port.in.SignUpUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.Transactions;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.ledger.LedgerLine;

/** Signs people up and in, shows and edits their account, changes their password. */
public final class AccountService implements SignUpUseCase, LogInUseCase, ShowAccountUseCase,
        EditProfileUseCase, ChangePasswordUseCase {

    static final String WRONG_CREDENTIALS = "Email or password is wrong.";

    private final AccountRepository accounts;
    private final CreditLedger ledger;
    private final PasswordHasher hasher;
    private final CommonPasswords commonPasswords;
    private final SessionRepository sessions;
    private final Transactions transactions;
    private final AccountSettings settings;
    private final Clock clock;

    public AccountService(AccountRepository accounts, CreditLedger ledger, PasswordHasher hasher,
            CommonPasswords commonPasswords, SessionRepository sessions,
            Transactions transactions, AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.hasher = hasher;
        this.commonPasswords = commonPasswords;
        this.sessions = sessions;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Account signUp(SignUpCommand command) {
        Checks checks = new Checks();
        Email email = checks.check(() -> Email.of(command.email()));
        Password password = checks.check(() -> choosePassword(command.password(), "password"));
        DisplayName name = checks.check(() -> DisplayName.of(command.displayName()));
        if (!command.confirmedAge13()) {
            checks.fail("confirmedAge13", "Please confirm that you are 13 or older.");
        }
        checks.throwIfAny();

        Account account = newAccount(email, name, hasher.hash(password));
        transactions.run(() -> {
            accounts.insert(account);
            ledger.grant(LedgerLine.grant(account.id(), settings.signupCredits(),
                    "Welcome credits for signing up"));
        });
        return account;
    }

    private Account newAccount(Email email, DisplayName name,
            live.mymovie.domain.account.PasswordHash hash) {
        Instant now = clock.instant();
        Role role = settings.isAdminEmail(email) ? Role.ADMIN : Role.CREATOR;
        return new Account(AccountId.newId(), email, name, role, hash, now, now);
    }

    private Password choosePassword(String raw, String field) {
        Password password = Password.chosen(raw, field);
        if (commonPasswords.isCommon(password)) {
            throw Refusal.InvalidInput.of(field, "This password is one of the most common in "
                    + "known breaches. Please choose another.");
        }
        return password;
    }

    @Override
    public Account logIn(LogInCommand command) {
        Password password = Password.typed(command.password());
        var account = findByTypedEmail(command.email());
        if (account.isEmpty()) {
            hasher.checkAgainstNothing(password);
            throw new Refusal.NotSignedIn(WRONG_CREDENTIALS);
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            throw new Refusal.NotSignedIn(WRONG_CREDENTIALS);
        }
        return withConfiguredRole(account.get());
    }

    private java.util.Optional<Account> findByTypedEmail(String raw) {
        try {
            return accounts.findByEmail(Email.of(raw));
        } catch (Refusal.InvalidInput notAnEmail) {
            return java.util.Optional.empty();
        }
    }

    /** An email named as admin in configuration gains the role at its next sign-in. */
    private Account withConfiguredRole(Account account) {
        if (account.isAdmin() || !settings.isAdminEmail(account.email())) {
            return account;
        }
        Account admin = account.withRole(Role.ADMIN);
        accounts.update(admin);
        return admin;
    }

    @Override
    public AccountView show(AccountId id) {
        return new AccountView(load(id), ledger.balance(id));
    }

    @Override
    public LedgerView ledger(AccountId id) {
        load(id);
        return new LedgerView(ledger.balance(id), ledger.entries(id));
    }

    @Override
    public Account changeDisplayName(AccountId id, String displayName) {
        Account renamed = load(id).withDisplayName(DisplayName.of(displayName));
        accounts.update(renamed);
        return renamed;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        Account account = load(command.accountId());
        Password current = Password.typed(command.currentPassword());
        if (!hasher.matches(current, account.passwordHash())) {
            throw Refusal.InvalidInput.of("currentPassword", "The current password is wrong.");
        }
        Password chosen = choosePassword(command.newPassword(), "newPassword");

        Account changed = account.withPasswordHash(hasher.hash(chosen));
        transactions.run(() -> {
            accounts.update(changed);
            sessions.deleteAllOf(account.id(), SessionService.storedId(command.keepSessionId()));
        });
    }

    private Account load(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new Refusal.NotSignedIn(
                "Your account no longer exists."));
    }
}
