package live.mymovie.application.account;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import live.mymovie.domain.account.Email;
import live.mymovie.domain.ledger.Credits;

/** How accounts and sessions behave: sign-up credits, admins, session lifetimes. */
public record AccountSettings(
        Credits signupCredits,
        Set<Email> adminEmails,
        Duration sessionLifetime,
        Duration sessionIdleTimeout) {

    public AccountSettings {
        Objects.requireNonNull(signupCredits, "signupCredits");
        adminEmails = Set.copyOf(adminEmails);
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
    }

    public static AccountSettings defaults() {
        return new AccountSettings(Credits.of(100), Set.of(), Duration.ofDays(14),
                Duration.ofDays(2));
    }

    public boolean isAdminEmail(Email email) {
        return adminEmails.contains(email);
    }
}
