package live.mymovie.adapters.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import live.mymovie.adapters.persistence.AccountMapper.AccountRow;
import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/**
 * Moves the stored keys from one master key to another: every data key is re-wrapped (each
 * key file replaced in one step) and then every email index recomputed in one unit of work,
 * since the index key derives from the master key. The sealed texts and files stay as they
 * are. Keys that already open with the new master key are left alone, so a rotation that
 * was interrupted is finished by running it again. The service should be stopped meanwhile.
 */
final class MasterKeyRotation {

    private static final int PAGE = 500;

    private final MyBatisSessions sessions;
    private final FileSystemKeyFolder folder;
    private final MasterKey oldKey;
    private final MasterKey newKey;

    MasterKeyRotation(MyBatisSessions sessions, FileSystemKeyFolder folder, MasterKey oldKey,
            MasterKey newKey) {
        this.sessions = sessions;
        this.folder = folder;
        this.oldKey = oldKey;
        this.newKey = newKey;
    }

    /** Answers how many data keys were re-wrapped by this run. */
    int run() {
        Map<AccountId, DataKey> keys = new HashMap<>();
        List<AccountId> underOldKey = new ArrayList<>();
        for (AccountId owner : folder.owners()) {
            folder.find(owner).ifPresent(wrapped -> {
                Optional<DataKey> rotated = opened(wrapped, newKey, owner);
                keys.put(owner, rotated.orElseGet(() -> openedWithOldKey(wrapped, owner)));
                if (rotated.isEmpty()) {
                    underOldKey.add(owner);
                }
            });
        }
        underOldKey.forEach(owner -> folder.replace(owner, keys.get(owner).wrap(newKey, owner)));
        sessions.inUnit(() -> {
            reindexEmails(keys);
            return null;
        });
        return underOldKey.size();
    }

    private DataKey openedWithOldKey(String wrapped, AccountId owner) {
        return opened(wrapped, oldKey, owner).orElseThrow(() -> new StorageFailure("The data"
                + " key of account " + owner + " opens with neither the old nor the new"
                + " master key; nothing was changed", null));
    }

    private static Optional<DataKey> opened(String wrapped, MasterKey master, AccountId owner) {
        try {
            return Optional.of(DataKey.unwrap(wrapped, master, owner));
        } catch (UndecryptableData e) {
            return Optional.empty();
        }
    }

    private void reindexEmails(Map<AccountId, DataKey> keys) {
        for (int offset = 0; ; offset += PAGE) {
            int from = offset;
            List<AccountRow> page = sessions.call(AccountMapper.class, m -> m.page(from, PAGE));
            page.forEach(row -> reindex(row, keys.get(new AccountId(row.id))));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private void reindex(AccountRow row, DataKey key) {
        AccountId owner = new AccountId(row.id);
        if (key == null) {
            throw new StorageFailure("Account " + owner + " has no data key; its email index"
                    + " cannot be recomputed", null);
        }
        Email email = new Email(new AccountFields(owner, key).open("accounts", "email",
                row.email));
        sessions.call(AccountMapper.class,
                m -> m.reindexEmail(row.id, newKey.emailIndexOf(email)));
    }
}
