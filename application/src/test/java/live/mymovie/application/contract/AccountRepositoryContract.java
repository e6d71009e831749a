package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.account.Role;

/** What every account repository does, whatever keeps the rows. */
public abstract class AccountRepositoryContract {

    private AccountRepository accounts;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        accounts = stores().accounts();
    }

    @Test
    void a_stored_account_is_found_by_id_and_by_email() {
        Account account = TestData.account();

        accounts.insert(account);

        assertEquals(account, accounts.findById(account.id()).orElseThrow());
        assertEquals(account, accounts.findByEmail(account.email()).orElseThrow());
        assertTrue(accounts.findById(AccountId.newId()).isEmpty());
    }

    @Test
    void an_email_that_differs_only_in_case_is_a_conflict() {
        accounts.insert(TestData.account(Email.of("Ana.Silva@Example.com"), TestData.NOW));

        Account twin = TestData.account(Email.of("ana.silva@EXAMPLE.COM"), TestData.NOW);

        assertThrows(Refusal.Conflict.class, () -> accounts.insert(twin));
        assertTrue(accounts.findById(twin.id()).isEmpty());
    }

    @Test
    void changing_the_email_to_a_taken_one_is_a_conflict() {
        Account first = TestData.account();
        Account second = TestData.account();
        accounts.insert(first);
        accounts.insert(second);

        assertThrows(Refusal.Conflict.class,
                () -> accounts.update(second.withEmail(first.email())));
        assertEquals(second, accounts.findById(second.id()).orElseThrow());
    }

    @Test
    void an_update_stores_every_changed_field() {
        Account account = TestData.account();
        accounts.insert(account);

        Account changed = account.withDisplayName(DisplayName.of("Grace Hopper"))
                .withEmail(Email.of("grace@example.com"))
                .withRole(Role.ADMIN)
                .withPasswordHash(new PasswordHash("another-hash"));
        accounts.update(changed);

        assertEquals(changed, accounts.findById(account.id()).orElseThrow());
        assertTrue(accounts.findByEmail(account.email()).isEmpty());
    }

    @Test
    void search_matches_email_or_display_name_ignoring_case_oldest_first() {
        Account older = TestData.account(Email.of("older@example.com"), TestData.NOW);
        Account newer = TestData.account(Email.of("newer@example.com"),
                        TestData.NOW.plusSeconds(5))
                .withDisplayName(DisplayName.of("Olde 100% Newer_Name"));
        accounts.insert(newer);
        accounts.insert(older);

        assertEquals(List.of(older, newer), accounts.search("OLDE", 10));
        assertEquals(List.of(older), accounts.search("olde", 1));
        assertEquals(List.of(newer), accounts.search("%", 10));
        assertEquals(List.of(newer), accounts.search("r_", 10));
        assertEquals(List.of(older.id(), newer.id()), accounts.allIds());
    }

    @Test
    void times_are_kept_to_the_microsecond_and_an_update_leaves_them_alone() {
        Instant precise = Instant.parse("2026-03-01T10:15:30.123456789Z");
        Account account = TestData.account(Email.of("precise@example.com"), precise);
        accounts.insert(account);

        accounts.update(new Account(account.id(), account.email(), account.displayName(),
                account.role(), account.passwordHash(), precise.plusSeconds(9),
                precise.plusSeconds(9)));

        Account loaded = accounts.findById(account.id()).orElseThrow();
        assertEquals(Instant.parse("2026-03-01T10:15:30.123456Z"), loaded.createdAt());
        assertEquals(Instant.parse("2026-03-01T10:15:30.123456Z"), loaded.ageConfirmedAt());
    }

    @Test
    void a_deleted_account_is_gone_and_its_email_free_again() {
        Account account = TestData.account();
        accounts.insert(account);

        accounts.delete(account.id());

        assertTrue(accounts.findById(account.id()).isEmpty());
        accounts.insert(TestData.account(account.email(), TestData.NOW));
    }
}
