package live.mymovie.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import live.mymovie.domain.account.AccountId;

/**
 * Keeps each account's wrapped data key in {@code <folder>/<accountId>.key}. A key file is
 * written completely and flushed before it appears, is never replaced by a second writer,
 * and is overwritten before it is removed; an empty {@code <accountId>.erased} file then
 * marks the account as erased so that no new key is made for it.
 */
final class FileSystemKeyFolder {

    private static final String SUFFIX = ".key";
    private static final String ERASED = ".erased";

    private final Path folder;

    FileSystemKeyFolder(Path folder) {
        this.folder = folder;
    }

    Optional<String> find(AccountId owner) {
        try {
            return Optional.of(Files.readString(fileOf(owner), StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a data key failed", e);
        }
    }

    /** Writes the account's first key; answers false when another writer was first. */
    boolean create(AccountId owner, String wrapped) {
        try {
            Path temp = written(wrapped);
            try {
                // A hard link appears atomically and, unlike a rename, never replaces a file.
                Files.createLink(fileOf(owner), temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a data key failed", e);
        }
    }

    /** Puts a re-wrapped key in place of the account's key in one step. */
    void replace(AccountId owner, String wrapped) {
        try {
            Path temp = written(wrapped);
            Files.move(temp, fileOf(owner), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Replacing a data key failed", e);
        }
    }

    /** Marks the account erased, then overwrites and removes its key file if it has one. */
    void destroy(AccountId owner) {
        Path file = fileOf(owner, SUFFIX);
        try {
            Files.createDirectories(folder);
            if (!Files.exists(fileOf(owner, ERASED))) {
                Files.createFile(fileOf(owner, ERASED));
            }
            overwrite(file);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Destroying a data key failed", e);
        }
    }

    /** True once the account's key was destroyed. */
    boolean isErased(AccountId owner) {
        return Files.exists(fileOf(owner, ERASED));
    }

    /** Every account that has a key. */
    List<AccountId> owners() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX) && !name.startsWith("."))
                    .map(name -> new AccountId(name.substring(0, name.length()
                            - SUFFIX.length())))
                    .sorted(Comparator.comparing(AccountId::value))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Listing data keys failed", e);
        }
    }

    private static void overwrite(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate((int) channel.size()));
            channel.force(true);
        } catch (NoSuchFileException e) {
            // no key was ever made for the account
        }
    }

    private Path written(String wrapped) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".key-", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(wrapped.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        return temp;
    }

    private Path fileOf(AccountId owner) {
        return fileOf(owner, SUFFIX);
    }

    private Path fileOf(AccountId owner, String suffix) {
        Path file = folder.resolve(owner.value() + suffix).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("Account id is not a plain file name");
        }
        return file;
    }
}
