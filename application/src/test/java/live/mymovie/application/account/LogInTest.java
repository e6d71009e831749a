package live.mymovie.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.port.in.LogInUseCase.LogInCommand;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.ledger.Credits;

/** Logging in: one answer for every wrong credential, the same work, and the admin role. */
class LogInTest {

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void the_right_password_logs_the_person_in_whatever_the_email_case() {
        Account account = app.signUp("ada@example.com");

        Account loggedIn = app.accounts.logIn(
                new LogInCommand(" ADA@example.com", InMemoryApplication.PASSWORD));

        assertEquals(account.id(), loggedIn.id());
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_message() {
        app.signUp("ada@example.com");

        var wrongPassword = assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("ada@example.com", "not the password at all")));
        var unknownEmail = assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("bob@example.com", InMemoryApplication.PASSWORD)));
        var notAnEmail = assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("bob", InMemoryApplication.PASSWORD)));

        assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
        assertEquals(wrongPassword.getMessage(), notAnEmail.getMessage());
    }

    @Test
    void an_unknown_email_still_costs_one_password_check() {
        int before = app.hasher.checks();

        assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("nobody@example.com", InMemoryApplication.PASSWORD)));

        assertEquals(before + 1, app.hasher.checks());
    }

    @Test
    void a_wrong_password_costs_one_password_check_too() {
        app.signUp("ada@example.com");
        int before = app.hasher.checks();

        assertThrows(Refusal.NotSignedIn.class, () -> app.accounts.logIn(
                new LogInCommand("ada@example.com", "not the password at all")));

        assertEquals(before + 1, app.hasher.checks());
    }

    @Test
    void an_email_made_admin_in_the_settings_later_becomes_admin_at_the_next_log_in() {
        Account account = app.signUp("ada@example.com");
        var later = new AccountSettings(Credits.of(InMemoryApplication.SIGNUP_CREDITS),
                Set.of(Email.of("ada@example.com")), Duration.ofDays(14), Duration.ofDays(2));

        Account loggedIn = app.accountService(later).logIn(
                new LogInCommand("ada@example.com", InMemoryApplication.PASSWORD));

        assertEquals(Role.CREATOR, account.role());
        assertEquals(Role.ADMIN, loggedIn.role());
        assertEquals(Role.ADMIN, app.stores.accounts().findById(account.id()).orElseThrow()
                .role());
    }
}
