package live.mymovie.adapters.persistence;

import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.domain.account.AccountId;

/**
 * Seals and opens the texts of one account's rows. Each value is bound to the account, table
 * and column, so a value copied into another row or column fails to decrypt.
 */
final class AccountFields {

    private final AccountId owner;
    private final DataKey key;

    AccountFields(AccountId owner, DataKey key) {
        this.owner = owner;
        this.key = key;
    }

    String seal(String table, String column, String plain) {
        return key.seal(plain, context(table, column));
    }

    String open(String table, String column, String sealed) {
        return key.open(sealed, context(table, column));
    }

    private String context(String table, String column) {
        return "account " + owner.value() + ", " + table + "." + column;
    }
}
