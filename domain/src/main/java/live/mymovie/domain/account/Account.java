package live.mymovie.domain.account;

import java.time.Instant;
import java.util.Objects;

/** A person's account: who they are, what they may do, and how they sign in. */
public record Account(
        AccountId id,
        Email email,
        DisplayName displayName,
        Role role,
        PasswordHash passwordHash,
        Instant createdAt,
        Instant ageConfirmedAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ageConfirmedAt, "ageConfirmedAt");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Account withDisplayName(DisplayName name) {
        return new Account(id, email, name, role, passwordHash, createdAt, ageConfirmedAt);
    }

    public Account withEmail(Email newEmail) {
        return new Account(id, newEmail, displayName, role, passwordHash, createdAt,
                ageConfirmedAt);
    }

    public Account withRole(Role newRole) {
        return new Account(id, email, displayName, newRole, passwordHash, createdAt,
                ageConfirmedAt);
    }

    public Account withPasswordHash(PasswordHash hash) {
        return new Account(id, email, displayName, role, hash, createdAt, ageConfirmedAt);
    }
}
