package live.mymovie.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Secret keys: taken from a setting when one is given (comma-separated for rotation: the
 * first signs, all verify), else generated once into the data folder with a warning that
 * production must set its own.
 */
final class Secrets {

    private static final Logger LOG = System.getLogger(Secrets.class.getName());
    static final String MASTER_KEY = "MYMOVIE_MASTER_KEY";
    static final String MASTER_KEY_FILE = "master.key";
    private static final int KEY_BYTES = 32;
    private static final int MIN_SETTING_LENGTH = 32;

    private Secrets() {
    }

    static List<byte[]> keys(Settings settings, String name, Path dataDir, String fileName) {
        List<String> given = settings.list(name);
        if (!given.isEmpty()) {
            return given.stream().map(value -> checked(name, value)).toList();
        }
        return List.of(generatedOnce(dataDir.resolve(fileName), name));
    }

    /**
     * The master key as Base64 text: from the setting, else from the key file in the data
     * folder, generated there once with a warning.
     */
    static String masterKey(Settings settings, Path dataDir) {
        return settings.get(MASTER_KEY).orElseGet(() -> Base64.getEncoder().encodeToString(
                generatedOnce(dataDir.resolve(MASTER_KEY_FILE), MASTER_KEY)));
    }

    /** Replaces the master key file with a new key, in one atomic move. */
    static void replaceMasterKeyFile(Path dataDir, String newKeyBase64) {
        Path file = dataDir.resolve(MASTER_KEY_FILE);
        try {
            Path temp = Files.createTempFile(dataDir, ".key", ".tmp");
            restrict(temp);
            Files.writeString(temp, newKeyBase64 + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the new master key to " + file,
                    failure);
        }
    }

    static boolean masterKeyIsAFile(Settings settings) {
        return settings.get(MASTER_KEY).isEmpty();
    }

    private static byte[] checked(String name, String value) {
        if (value.length() < MIN_SETTING_LENGTH) {
            throw new ConfigurationError(name + " must hold keys of at least "
                    + MIN_SETTING_LENGTH + " characters each");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] generatedOnce(Path file, String name) {
        try {
            if (!Files.exists(file)) {
                write(file);
            }
            LOG.log(Level.WARNING, name + " is not set: using the key generated in " + file
                    + ". Production must set its own " + name + ".");
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length < KEY_BYTES) {
                throw new ConfigurationError(file + " does not hold a whole key; delete it");
            }
            return key;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot keep a key in " + file, failure);
        }
    }

    private static void write(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".key", ".tmp");
        restrict(temp);
        Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n",
                StandardOpenOption.TRUNCATE_EXISTING);
        Arrays.fill(key, (byte) 0);
        try {
            // A link never replaces a key another instance wrote first; that one is kept.
            Files.createLink(file, temp);
        } catch (java.nio.file.FileAlreadyExistsException anotherWasFaster) {
            LOG.log(Level.INFO, file + " was written by another instance; using it");
        } finally {
            Files.delete(temp);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // File systems without POSIX permissions keep the platform's defaults.
        }
    }
}
