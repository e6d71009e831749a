package live.mymovie.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import live.mymovie.application.port.in.LogInUseCase.LogInCommand;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;

/** A person's own account: shown with its balance, renamed, and its password changed. */
class AccountServiceTest {

    private static final String NEW_PASSWORD = "a brand new passphrase of mine";

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account account = app.signUp("ada@example.com");

    @Test
    void the_account_is_shown_with_its_balance_and_ledger() {
        var view = app.accounts.show(account.id());
        var ledger = app.accounts.ledger(account.id());

        assertEquals(account.id(), view.account().id());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, view.balance().amount());
        assertEquals(1, ledger.entries().size());
    }

    @Test
    void the_display_name_can_be_changed_and_an_invalid_one_is_refused() {
        app.accounts.changeDisplayName(account.id(), "Countess");

        assertEquals("Countess", app.accounts.show(account.id()).account().displayName()
                .value());
        var refusal = assertThrows(Refusal.InvalidInput.class,
                () -> app.accounts.changeDisplayName(account.id(), "two\nlines"));
        assertEquals("displayName", refusal.errors().get(0).field());
    }

    @Test
    void changing_the_password_ends_every_other_session_but_keeps_the_current_one() {
        String current = app.sessions.startSession(account.id());
        String phone = app.sessions.startSession(account.id());
        String laptop = app.sessions.startSession(account.id());

        app.accounts.changePassword(new ChangePasswordCommand(account.id(),
                InMemoryApplication.PASSWORD, NEW_PASSWORD, current));

        assertTrue(app.sessions.resumeSession(current).isPresent());
        assertTrue(app.sessions.resumeSession(phone).isEmpty());
        assertTrue(app.sessions.resumeSession(laptop).isEmpty());
    }

    @Test
    void after_a_password_change_only_the_new_password_logs_in() {
        app.accounts.changePassword(new ChangePasswordCommand(account.id(),
                InMemoryApplication.PASSWORD, NEW_PASSWORD, null));

        assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("ada@example.com", InMemoryApplication.PASSWORD)));
        assertEquals(account.id(), app.accounts.logIn(
                new LogInCommand("ada@example.com", NEW_PASSWORD)).id());
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        String other = app.sessions.startSession(account.id());

        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts
                .changePassword(new ChangePasswordCommand(account.id(),
                        "this is not my password", NEW_PASSWORD, null)));

        assertEquals(List.of("currentPassword"), refusal.errors().stream()
                .map(Refusal.FieldError::field).toList());
        assertTrue(app.sessions.resumeSession(other).isPresent());
        assertEquals(account.id(), app.accounts.logIn(
                new LogInCommand("ada@example.com", InMemoryApplication.PASSWORD)).id());
    }

    @Test
    void a_new_password_that_is_too_short_or_common_is_refused_on_its_field() {
        for (String weak : List.of("too short", "passwordpassword")) {
            var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.accounts
                    .changePassword(new ChangePasswordCommand(account.id(),
                            InMemoryApplication.PASSWORD, weak, null)));

            assertEquals("newPassword", refusal.errors().get(0).field());
        }
    }
}
