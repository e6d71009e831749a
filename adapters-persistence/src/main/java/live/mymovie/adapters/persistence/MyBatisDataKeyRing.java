package live.mymovie.adapters.persistence;

import java.time.Clock;

import live.mymovie.adapters.persistence.DataKeyMapper.DataKeyRow;
import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/**
 * Keeps every account's data key in the data_keys table, wrapped by the master key. A key is
 * made the first time something of the account is written and destroyed with the account,
 * which leaves everything sealed with it unreadable (crypto-shredding). Keys are looked up
 * per call, not cached, so that another instance's erasure takes effect at once.
 */
final class MyBatisDataKeyRing {

    private final MyBatisSessions sessions;
    private final MasterKey master;
    private final Clock clock;

    MyBatisDataKeyRing(MyBatisSessions sessions, MasterKey master, Clock clock) {
        this.sessions = sessions;
        this.master = master;
        this.clock = clock;
    }

    /** The account's key, made now when it has none yet. */
    DataKey keyFor(AccountId owner) {
        String wrapped = sessions.call(DataKeyMapper.class, m -> m.find(owner.value()));
        if (wrapped != null) {
            return DataKey.unwrap(wrapped, master, owner);
        }
        DataKey key = DataKey.generate();
        try {
            sessions.guarded(() -> sessions.call(DataKeyMapper.class, m -> {
                m.insert(owner.value(), key.wrap(master, owner), clock.instant());
                return null;
            }));
            return key;
        } catch (StorageFailure e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            return keyOf(owner);
        }
    }

    /**
     * The account's existing key.
     *
     * @throws UndecryptableData when the account has none: it was erased
     */
    DataKey keyOf(AccountId owner) {
        String wrapped = sessions.call(DataKeyMapper.class, m -> m.find(owner.value()));
        if (wrapped == null) {
            throw new UndecryptableData("Account " + owner + " has no data key: it was erased,"
                    + " so its data can no longer be decrypted");
        }
        return DataKey.unwrap(wrapped, master, owner);
    }

    /** Texts of the account, sealed with a key made now if needed. */
    AccountFields forWriting(AccountId owner) {
        return new AccountFields(owner, keyFor(owner));
    }

    /** Texts of the account, which must still have its key. */
    AccountFields forReading(AccountId owner) {
        return new AccountFields(owner, keyOf(owner));
    }

    /** Destroys the account's key; destroying a missing key is fine. */
    void destroy(AccountId owner) {
        sessions.call(DataKeyMapper.class, m -> m.delete(owner.value()));
    }

    String emailIndexOf(Email email) {
        return master.emailIndexOf(email);
    }

    /**
     * Fails when stored keys exist and the master key opens none of them, so that a wrong or
     * newly generated key stops the service at start rather than at the first read.
     */
    void checkMasterKey() {
        DataKeyRow row = sessions.call(DataKeyMapper.class, DataKeyMapper::any);
        if (row != null) {
            DataKey.unwrap(row.wrappedKey, master, new AccountId(row.accountId));
        }
    }
}
