package live.mymovie.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import live.mymovie.adapters.persistence.AccountMapper.AccountRow;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.account.Role;

/**
 * Keeps accounts in the accounts table with email and display name sealed by the account's
 * data key; the email's blind index finds an account by address and keeps addresses unique.
 */
public final class MyBatisAccountRepository implements AccountRepository {

    private static final String TABLE = "accounts";
    private static final int SEARCH_PAGE = 500;
    /**
     * Sealed texts cannot be matched in SQL, so search decrypts accounts oldest first and
     * stops after this many: on a larger service, newer accounts past it are not searched.
     */
    static final int SEARCH_SCAN_LIMIT = 20_000;

    private final MyBatisSessions sessions;
    private final DataKeyRing keys;

    MyBatisAccountRepository(MyBatisSessions sessions, DataKeyRing keys) {
        this.sessions = sessions;
        this.keys = keys;
    }

    @Override
    public void insert(Account account) {
        AccountRow row = toRow(account);
        writeRefusingTakenEmail(m -> m.insert(row));
    }

    @Override
    public void update(Account account) {
        AccountRow row = toRow(account);
        writeRefusingTakenEmail(m -> m.update(row));
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(sessions.call(AccountMapper.class, m -> m.findById(id.value())))
                .map(this::toAccount);
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        String index = keys.emailIndexOf(email);
        return Optional.ofNullable(sessions.call(AccountMapper.class,
                        m -> m.findByEmailIndex(index)))
                .map(this::toAccount);
    }

    @Override
    public List<Account> search(String text, int limit) {
        String wanted = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<Account> found = new ArrayList<>();
        for (int offset = 0; offset < SEARCH_SCAN_LIMIT && found.size() < limit;
                offset += SEARCH_PAGE) {
            int from = offset;
            List<AccountRow> page = sessions.call(AccountMapper.class,
                    m -> m.page(from, SEARCH_PAGE));
            page.stream().map(this::toAccount).filter(a -> matches(a, wanted))
                    .limit(limit - found.size()).forEach(found::add);
            if (page.size() < SEARCH_PAGE) {
                break;
            }
        }
        return found;
    }

    @Override
    public List<AccountId> allIds() {
        return sessions.call(AccountMapper.class, AccountMapper::allIds).stream()
                .map(AccountId::new)
                .toList();
    }

    /**
     * Removes the row and, once that commits, destroys the account's data key, so whatever
     * it sealed (rows, files and copies of them) can no longer be decrypted.
     */
    @Override
    public void delete(AccountId id) {
        sessions.call(AccountMapper.class, m -> m.delete(id.value()));
        keys.destroyWithAccount(id);
    }

    private static boolean matches(Account account, String wanted) {
        return account.email().value().contains(wanted)
                || account.displayName().value().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void writeRefusingTakenEmail(Consumer<AccountMapper> write) {
        try {
            sessions.guarded(() -> sessions.call(AccountMapper.class, m -> {
                write.accept(m);
                return null;
            }));
        } catch (StorageFailure e) {
            if (e.isUniqueViolation()) {
                throw new Refusal.Conflict("An account with this email already exists.");
            }
            throw e;
        }
    }

    private AccountRow toRow(Account account) {
        AccountFields fields = keys.forWriting(account.id());
        var row = new AccountRow();
        row.id = account.id().value();
        row.email = fields.seal(TABLE, "email", account.email().value());
        row.emailIndex = keys.emailIndexOf(account.email());
        row.displayName = fields.seal(TABLE, "display_name", account.displayName().value());
        row.role = account.role().name();
        row.passwordHash = account.passwordHash().value();
        row.createdAt = account.createdAt();
        row.ageConfirmedAt = account.ageConfirmedAt();
        return row;
    }

    private Account toAccount(AccountRow row) {
        AccountId id = new AccountId(row.id);
        AccountFields fields = keys.forReading(id);
        return new Account(id, new Email(fields.open(TABLE, "email", row.email)),
                DisplayName.of(fields.open(TABLE, "display_name", row.displayName)),
                Role.valueOf(row.role), new PasswordHash(row.passwordHash), row.createdAt,
                row.ageConfirmedAt);
    }
}
