package live.mymovie.adapters.persistence;

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

/** Keeps accounts in the accounts table; the unique email index decides conflicts. */
public final class MyBatisAccountRepository implements AccountRepository {

    private final MyBatisSessions sessions;

    MyBatisAccountRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void insert(Account account) {
        writeRefusingTakenEmail(m -> m.insert(toRow(account)));
    }

    @Override
    public void update(Account account) {
        writeRefusingTakenEmail(m -> m.update(toRow(account)));
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(sessions.call(AccountMapper.class, m -> m.findById(id.value())))
                .map(MyBatisAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        return Optional.ofNullable(sessions.call(AccountMapper.class,
                        m -> m.findByEmail(email.value())))
                .map(MyBatisAccountRepository::toAccount);
    }

    @Override
    public List<Account> search(String text, int limit) {
        String pattern = "%" + likeEscaped(text == null ? "" : text.toLowerCase(Locale.ROOT))
                + "%";
        return sessions.call(AccountMapper.class, m -> m.search(pattern, limit)).stream()
                .map(MyBatisAccountRepository::toAccount)
                .toList();
    }

    @Override
    public List<AccountId> allIds() {
        return sessions.call(AccountMapper.class, AccountMapper::allIds).stream()
                .map(AccountId::new)
                .toList();
    }

    @Override
    public void delete(AccountId id) {
        sessions.call(AccountMapper.class, m -> m.delete(id.value()));
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

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AccountRow toRow(Account account) {
        var row = new AccountRow();
        row.id = account.id().value();
        row.email = account.email().value();
        row.displayName = account.displayName().value();
        row.role = account.role().name();
        row.passwordHash = account.passwordHash().value();
        row.createdAt = account.createdAt();
        row.ageConfirmedAt = account.ageConfirmedAt();
        return row;
    }

    private static Account toAccount(AccountRow row) {
        return new Account(new AccountId(row.id), new Email(row.email),
                DisplayName.of(row.displayName), Role.valueOf(row.role),
                new PasswordHash(row.passwordHash), row.createdAt, row.ageConfirmedAt);
    }
}
