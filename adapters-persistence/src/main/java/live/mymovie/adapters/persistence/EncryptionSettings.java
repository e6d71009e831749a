package live.mymovie.adapters.persistence;

import java.nio.file.Path;
import java.util.Objects;

import live.mymovie.adapters.persistence.crypto.MasterKey;

/**
 * The master key and the folder of wrapped data keys. The folder is kept apart from the
 * database so that erasing an account's key file leaves even earlier copies of the database
 * and stored files unreadable; like the files folder, it is shared by every instance.
 */
public record EncryptionSettings(MasterKey masterKey, Path keyFolder) {

    public EncryptionSettings {
        Objects.requireNonNull(masterKey, "masterKey");
        keyFolder = Objects.requireNonNull(keyFolder, "keyFolder").toAbsolutePath().normalize();
    }

    /** The folder {@code keys} in the service's data folder. */
    public static EncryptionSettings in(Path dataFolder, MasterKey masterKey) {
        return new EncryptionSettings(masterKey, dataFolder.resolve("keys"));
    }

    /** The same folder under another master key, for a rotation. */
    public EncryptionSettings withMasterKey(MasterKey other) {
        return new EncryptionSettings(other, keyFolder);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "EncryptionSettings[keyFolder=" + keyFolder + "]";
    }
}
