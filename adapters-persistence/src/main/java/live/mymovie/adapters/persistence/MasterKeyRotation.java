package live.mymovie.adapters.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import live.mymovie.adapters.persistence.AccountMapper.AccountRow;
import live.mymovie.adapters.persistence.DataKeyMapper.DataKeyRow;
import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/**
 * Moves the stored keys from one master key to another in one unit of work: every data key
 * is re-wrapped and every email index recomputed (its key derives from the master key). The
 * sealed texts and files stay as they are, since the data keys themselves do not change.
 */
final class MasterKeyRotation {

    private static final int PAGE = 500;

    private final MyBatisSessions sessions;
    private final MasterKey oldKey;
    private final MasterKey newKey;

    MasterKeyRotation(MyBatisSessions sessions, MasterKey oldKey, MasterKey newKey) {
        this.sessions = sessions;
        this.oldKey = oldKey;
        this.newKey = newKey;
    }

    /** Answers how many data keys were re-wrapped. */
    int run() {
        try {
            return sessions.inUnit(() -> {
                Map<String, DataKey> keys = rewrapAll();
                reindexEmails(keys);
                return keys.size();
            });
        } catch (UndecryptableData e) {
            throw new StorageFailure("The old master key does not open every stored data key;"
                    + " nothing was changed", e);
        }
    }

    private Map<String, DataKey> rewrapAll() {
        Map<String, DataKey> keys = new HashMap<>();
        for (DataKeyRow row : sessions.call(DataKeyMapper.class, DataKeyMapper::all)) {
            AccountId owner = new AccountId(row.accountId);
            DataKey key = DataKey.unwrap(row.wrappedKey, oldKey, owner);
            sessions.call(DataKeyMapper.class,
                    m -> m.rewrap(row.accountId, key.wrap(newKey, owner)));
            keys.put(row.accountId, key);
        }
        return keys;
    }

    private void reindexEmails(Map<String, DataKey> keys) {
        for (int offset = 0; ; offset += PAGE) {
            int from = offset;
            List<AccountRow> page = sessions.call(AccountMapper.class, m -> m.page(from, PAGE));
            page.forEach(row -> reindex(row, keys.get(row.id)));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void reindex(AccountRow row, DataKey key) {
        AccountId owner = new AccountId(row.id);
        if (key == null) {
            throw new UndecryptableData("Account " + owner + " has no data key");
        }
        Email email = new Email(new AccountFields(owner, key).open("accounts", "email",
                row.email));
        sessions.call(AccountMapper.class,
                m -> m.reindexEmail(row.id, newKey.emailIndexOf(email)));
    }
}
