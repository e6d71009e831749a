package live.mymovie.adapters.persistence;

import java.util.Optional;

import live.mymovie.adapters.persistence.crypto.DataKey;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/**
 * Hands out each account's data key, kept wrapped by the master key in the key folder. A key
 * is made the first time something of the account is written and destroyed once the
 * account's row is gone, which leaves everything sealed with it unreadable, in the live
 * database and files and in any copy of them (crypto-shredding). Keys are read per call, not
 * cached, so that another instance's erasure takes effect at once.
 */
final class DataKeyRing {

    private final FileSystemKeyFolder folder;
    private final MasterKey master;
    private final MyBatisSessions sessions;

    DataKeyRing(FileSystemKeyFolder folder, MasterKey master, MyBatisSessions sessions) {
        this.folder = folder;
        this.master = master;
        this.sessions = sessions;
    }

    /**
     * The account's key, made now when it has none yet.
     *
     * @throws UndecryptableData when the account was erased
     */
    DataKey keyFor(AccountId owner) {
        Optional<String> wrapped = folder.find(owner);
        if (wrapped.isPresent()) {
            return DataKey.unwrap(wrapped.get(), master, owner);
        }
        if (folder.isErased(owner)) {
            throw new UndecryptableData("Account " + owner + " was erased; nothing more is"
                    + " stored for it");
        }
        DataKey key = DataKey.generate();
        return folder.create(owner, key.wrap(master, owner)) ? key : keyOf(owner);
    }

    /**
     * The account's existing key.
     *
     * @throws UndecryptableData when the account has none: it was erased
     */
    DataKey keyOf(AccountId owner) {
        return DataKey.unwrap(folder.find(owner).orElseThrow(() -> new UndecryptableData(
                "Account " + owner + " has no data key: it was erased, so its data can no"
                        + " longer be decrypted")), master, owner);
    }

    /** Texts of the account, sealed with a key made now if needed. */
    AccountFields forWriting(AccountId owner) {
        return new AccountFields(owner, keyFor(owner));
    }

    /** Texts of the account, which must still have its key. */
    AccountFields forReading(AccountId owner) {
        return new AccountFields(owner, keyOf(owner));
    }

    /**
     * Destroys the account's key as soon as the unit of work that removes its row commits,
     * so that a unit rolled back leaves a readable account, never rows without their key.
     */
    void destroyWithAccount(AccountId owner) {
        sessions.afterCommit(() -> folder.destroy(owner));
    }

    String emailIndexOf(Email email) {
        return master.emailIndexOf(email);
    }

    /**
     * Fails when keys exist and the master key does not open one of them, so that a wrong or
     * newly generated key stops the service at start rather than at the first read.
     */
    void checkMasterKey() {
        for (AccountId owner : folder.owners()) {
            Optional<String> wrapped = folder.find(owner);
            if (wrapped.isPresent()) {
                DataKey.unwrap(wrapped.get(), master, owner);
                return;
            }
        }
    }
}
