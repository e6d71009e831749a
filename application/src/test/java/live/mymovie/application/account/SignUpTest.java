package live.mymovie.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.Concurrently;
import live.mymovie.application.fake.InMemoryCommonPasswords;
import live.mymovie.application.fake.TestData;
import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.SignUpUseCase.SignUpCommand;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** Signing up: the checks on what a person types, the welcome credits and the admin role. */
class SignUpTest {

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void signing_up_grants_the_signup_credits_in_one_grant_entry_with_a_note() {
        Account account = app.signUp("ada@example.com");

        List<LedgerEntry> entries = app.stores.ledger().entries(account.id());
        assertEquals(1, entries.size());
        LedgerEntry grant = entries.get(0);
        assertEquals(LedgerEntryKind.GRANT, grant.kind());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, grant.amount().amount());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, grant.balanceAfter().amount());
        assertFalse(grant.note().isBlank());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(account));
    }

    @Test
    void signing_up_stores_a_creator_with_a_hash_and_never_the_password() {
        Account account = app.signUp(" Ada@Example.com ");

        Account stored = app.stores.accounts().findById(account.id()).orElseThrow();
        assertEquals(Email.of("ada@example.com"), stored.email());
        assertEquals(Role.CREATOR, stored.role());
        assertFalse(stored.passwordHash().value().contains(InMemoryApplication.PASSWORD));
    }

    @Test
    void the_time_the_person_confirmed_their_age_is_recorded() {
        app.clock.set(TestData.NOW.plusSeconds(3600));

        Account account = app.signUp("ada@example.com");

        Account stored = app.stores.accounts().findById(account.id()).orElseThrow();
        assertEquals(TestData.NOW.plusSeconds(3600), stored.ageConfirmedAt());
    }

    @Test
    void signing_up_without_confirming_the_age_of_13_is_refused_on_that_field() {
        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts.signUp(
                new SignUpCommand("ada@example.com", InMemoryApplication.PASSWORD, "", false)));

        assertEquals(List.of("confirmedAge13"), fields(refusal));
        assertNoAccountWasMade();
    }

    @Test
    void a_password_shorter_than_15_characters_is_refused() {
        assertPasswordRefused("short-but-ok!!");
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        assertPasswordRefused(InMemoryCommonPasswords.COMMON_LONG_PASSWORD);
    }

    @Test
    void a_password_longer_than_256_characters_is_refused() {
        assertPasswordRefused("x".repeat(257));
    }

    @Test
    void an_invalid_email_is_refused_on_the_email_field() {
        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts.signUp(
                new SignUpCommand("ada.example.com", InMemoryApplication.PASSWORD, "", true)));

        assertEquals(List.of("email"), fields(refusal));
        assertNoAccountWasMade();
    }

    @Test
    void an_email_already_taken_in_any_case_or_spacing_is_a_conflict() {
        app.signUp("ada@example.com");

        assertThrows(Refusal.Conflict.class, () -> app.signUp("  ADA@example.COM "));

        assertEquals(1, app.stores.accounts().allIds().size());
    }

    @Test
    void racing_sign_ups_with_one_email_make_one_account_and_one_grant() throws Exception {
        List<Boolean> made = Concurrently.call(8, 8, i -> {
            try {
                app.signUp(i % 2 == 0 ? "ada@example.com" : "ADA@example.com ");
                return true;
            } catch (Refusal.Conflict taken) {
                return false;
            }
        });

        assertEquals(1, made.stream().filter(m -> m).count());
        AccountId only = app.stores.accounts().allIds().get(0);
        assertEquals(1, app.stores.accounts().allIds().size());
        assertEquals(1, app.stores.ledger().entries(only).size());
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts.signUp(
                new SignUpCommand("not an email", "short", "", false)));

        assertEquals(List.of("email", "password", "confirmedAge13"), fields(refusal));
    }

    @Test
    void an_email_named_in_the_admin_settings_signs_up_as_admin() {
        Account account = app.signUp(InMemoryApplication.ADMIN_EMAIL.toUpperCase());

        assertEquals(Role.ADMIN, account.role());
        assertTrue(app.stores.accounts().findById(account.id()).orElseThrow().isAdmin());
    }

    private void assertPasswordRefused(String password) {
        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts.signUp(
                new SignUpCommand("ada@example.com", password, "", true)));

        assertEquals(List.of("password"), fields(refusal));
        assertNoAccountWasMade();
    }

    private void assertNoAccountWasMade() {
        assertTrue(app.stores.accounts().allIds().isEmpty());
    }

    private static List<String> fields(Refusal.InvalidInput refusal) {
        return refusal.errors().stream().map(Refusal.FieldError::field).toList();
    }
}
