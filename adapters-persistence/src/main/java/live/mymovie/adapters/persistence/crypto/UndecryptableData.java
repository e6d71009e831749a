package live.mymovie.adapters.persistence.crypto;

/**
 * Stored ciphertext would not open: its key is gone (the account was erased), it was written
 * for another account, table or column, or it was altered.
 */
public final class UndecryptableData extends IllegalStateException {

    public UndecryptableData(String message) {
        super(message);
    }

    public UndecryptableData(String message, Throwable cause) {
        super(message, cause);
    }
}
