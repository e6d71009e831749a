package live.mymovie.adapters.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import live.mymovie.adapters.persistence.crypto.SealedFiles;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/**
 * Keeps file bytes under {@code root/<accountId>/}, written to a temporary file and published
 * by one atomic move. The service's store seals every file with the owner's data key (see
 * {@link SealedFiles}) and names it {@code <assetId>.sealed}; the plain form, kept for
 * comparison, names each file by asset id and SHA-256 so that reading can check the bytes.
 * Client file names never reach the disk; ids are plain tokens the domain has checked.
 */
public final class FileSystemMediaStore implements MediaStore {

    private static final System.Logger LOG =
            System.getLogger(FileSystemMediaStore.class.getName());
    private static final String TEMP_PREFIX = ".upload-";
    private static final String SEALED = "sealed";

    private final Path root;
    private final DataKeyRing keys;

    /** A store that keeps bytes as given, to measure the sealed store against. */
    FileSystemMediaStore(Path root) {
        this(root, null);
    }

    FileSystemMediaStore(Path root, DataKeyRing keys) {
        this.root = root.toAbsolutePath().normalize();
        this.keys = keys;
    }

    @Override
    public StoredBytes put(AccountId owner, AssetId asset, InputStream content, long maxBytes) {
        Path folder = folderOf(owner);
        Path temp = null;
        try (content) {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
            StoredBytes stored;
            try (OutputStream out = writing(owner, asset, temp)) {
                stored = copyCounting(content, out, maxBytes);
            }
            publish(temp, folder, asset, keys == null ? stored.sha256() : SEALED);
            temp = null;
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Storing a file failed", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(AccountId owner, AssetId asset) {
        Path file = fileOf(owner, asset);
        String suffix = file.getFileName().toString().substring(asset.value().length() + 1);
        try {
            if (keys != null) {
                return SealedFiles.opening(file, keys.keyOf(owner), nameOf(owner, asset));
            }
            return new VerifyingStream(Files.newInputStream(file), suffix);
        } catch (NoSuchFileException e) {
            throw new Refusal.NotFound("Stored file");
        } catch (IOException e) {
            throw new UncheckedIOException("Opening a stored file failed", e);
        }
    }

    @Override
    public void delete(AccountId owner, AssetId asset) {
        try {
            for (Path file : filesOf(folderOf(owner), asset)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting a stored file failed", e);
        }
    }

    @Override
    public void deleteAll(AccountId owner) {
        Path folder = folderOf(owner);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting an account's files failed", e);
        }
    }

    @Override
    public int count(AccountId owner) {
        Path folder = folderOf(owner);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Counting stored files failed", e);
        }
    }

    /** The temporary file's stream, sealing when this store seals. */
    private OutputStream writing(AccountId owner, AssetId asset, Path temp) throws IOException {
        OutputStream out = Files.newOutputStream(temp);
        if (keys == null) {
            return out;
        }
        try {
            return SealedFiles.sealing(out, keys.keyFor(owner), nameOf(owner, asset));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Binds a sealed file to its owner and asset, so it opens only in its own place. */
    private static String nameOf(AccountId owner, AssetId asset) {
        return owner.value() + "/" + asset.value();
    }

    private Path folderOf(AccountId owner) {
        Path folder = root.resolve(owner.value()).normalize();
        if (!folder.getParent().equals(root)) {
            throw new IllegalArgumentException("Account id is not a plain folder name");
        }
        return folder;
    }

    private Path fileOf(AccountId owner, AssetId asset) {
        Path folder = folderOf(owner);
        if (!Files.isDirectory(folder)) {
            throw new Refusal.NotFound("Stored file");
        }
        try {
            return filesOf(folder, asset).stream().findFirst()
                    .orElseThrow(() -> new Refusal.NotFound("Stored file"));
        } catch (IOException e) {
            throw new UncheckedIOException("Finding a stored file failed", e);
        }
    }

    /** The file (or, after a replacement, files) of the asset; a missing folder has none. */
    private static List<Path> filesOf(Path folder, AssetId asset) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        String prefix = asset.value() + ".";
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder,
                f -> f.getFileName().toString().startsWith(prefix))) {
            stream.forEach(files::add);
        }
        return files;
    }

    private static StoredBytes copyCounting(InputStream content, OutputStream out,
            long maxBytes) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var in = new DigestInputStream(content, sha)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new Refusal.TooLarge("The file is larger than " + maxBytes
                            + " bytes.");
                }
                out.write(buffer, 0, read);
            }
        }
        return new StoredBytes(size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Moves the finished file into place in one step, then drops an earlier version. */
    private static void publish(Path temp, Path folder, AssetId asset, String suffix)
            throws IOException {
        List<Path> earlier = filesOf(folder, asset);
        Files.move(temp, folder.resolve(asset.value() + "." + suffix),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (Path file : earlier) {
            if (!file.getFileName().toString().endsWith("." + suffix)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove a partial upload", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the bytes on and fails at the end of the file when they do not match the hash. */
    private static final class VerifyingStream extends FilterInputStream {

        private final MessageDigest sha = sha256();
        private final String expected;
        private boolean checked;

        VerifyingStream(InputStream in, String expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == -1) {
                verify();
            } else {
                sha.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read == -1) {
                verify();
            } else {
                sha.update(buffer, offset, read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("A stored file is read from start to end");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void verify() throws IOException {
            if (!checked && !HexFormat.of().formatHex(sha.digest()).equals(expected)) {
                throw new IOException("The stored file does not match its SHA-256");
            }
            checked = true;
        }
    }
}
