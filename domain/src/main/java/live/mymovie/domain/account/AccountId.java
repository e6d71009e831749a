package live.mymovie.domain.account;

import live.mymovie.domain.Ids;

/** Identifies one person's account. */
public record AccountId(String value) {

    public AccountId {
        Ids.require(value, "Account");
    }

    public static AccountId newId() {
        return new AccountId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
