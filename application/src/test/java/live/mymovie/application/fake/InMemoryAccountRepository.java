package live.mymovie.application.fake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/** Keeps accounts in memory, with the same email rule as the database. */
public final class InMemoryAccountRepository
        implements AccountRepository, InMemoryTransactions.Snapshotting {

    private final InMemoryTransactions transactions;
    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();

    public InMemoryAccountRepository() {
        this(new InMemoryTransactions());
    }

    public InMemoryAccountRepository(InMemoryTransactions transactions) {
        this.transactions = transactions;
        transactions.enlist(this);
    }

    @Override
    public void insert(Account given) {
        Account account = stored(given);
        transactions.locked(() -> {
            if (accounts.containsKey(account.id())) {
                throw new IllegalStateException("Account " + account.id() + " exists");
            }
            requireFreeEmail(account);
            accounts.put(account.id(), account);
        });
    }

    @Override
    public void update(Account account) {
        transactions.locked(() -> {
            Account current = accounts.get(account.id());
            if (current != null) {
                requireFreeEmail(account);
                accounts.put(account.id(), new Account(account.id(), account.email(),
                        account.displayName(), account.role(), account.passwordHash(),
                        current.createdAt(), current.ageConfirmedAt()));
            }
        });
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return transactions.locked(() -> Optional.ofNullable(accounts.get(id)));
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        return transactions.locked(() -> accounts.values().stream()
                .filter(a -> a.email().equals(email))
                .findFirst());
    }

    @Override
    public List<Account> search(String text, int limit) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return transactions.locked(() -> accounts.values().stream()
                .filter(a -> a.email().value().contains(needle)
                        || a.displayName().value().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Account::createdAt))
                .limit(limit)
                .toList());
    }

    @Override
    public List<AccountId> allIds() {
        return transactions.locked(() -> accounts.values().stream()
                .sorted(Comparator.comparing(Account::createdAt))
                .map(Account::id)
                .toList());
    }

    @Override
    public void delete(AccountId id) {
        transactions.locked(() -> {
            accounts.remove(id);
        });
    }

    @Override
    public Runnable snapshot() {
        var copy = new LinkedHashMap<>(accounts);
        return () -> {
            accounts.clear();
            accounts.putAll(copy);
        };
    }

    /** The account as the database gives it back: times to the microsecond. */
    private static Account stored(Account a) {
        return new Account(a.id(), a.email(), a.displayName(), a.role(), a.passwordHash(),
                StoredTime.of(a.createdAt()), StoredTime.of(a.ageConfirmedAt()));
    }

    private void requireFreeEmail(Account account) {
        boolean taken = accounts.values().stream()
                .anyMatch(a -> a.email().equals(account.email()) && !a.id().equals(account.id()));
        if (taken) {
            throw new Refusal.Conflict("An account with this email already exists.");
        }
    }
}
