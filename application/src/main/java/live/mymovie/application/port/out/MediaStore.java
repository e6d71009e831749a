package live.mymovie.application.port.out;

import java.io.InputStream;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/** Keeps the bytes of stored files, grouped by owner so that deletion is complete. */
public interface MediaStore {

    /**
     * Writes a file completely or not at all, and answers its size and SHA-256.
     *
     * @throws live.mymovie.domain.Refusal.TooLarge when it passes {@code maxBytes}
     */
    StoredBytes put(AccountId owner, AssetId asset, InputStream content, long maxBytes);

    /**
     * Opens a stored file for reading.
     *
     * @throws live.mymovie.domain.Refusal.NotFound when there is no such file
     */
    InputStream open(AccountId owner, AssetId asset);

    /** Removes one file; removing a missing file is not an error. */
    void delete(AccountId owner, AssetId asset);

    /** Removes every file of the owner. */
    void deleteAll(AccountId owner);

    /** How many files the owner has stored. */
    int count(AccountId owner);

    /** Size and SHA-256 (lower-case hex) of a file just written. */
    record StoredBytes(long sizeBytes, String sha256) {
    }
}
