package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.contract.MediaStoreContract;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.MediaStore.StoredBytes;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/** Runs the media store contract on the sealed store, plus what sealing adds. */
class SealedFileSystemMediaStoreTest extends MediaStoreContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @TempDir
    Path root;

    private final AccountId owner = AccountId.newId();

    @Override
    protected MediaStore mediaStore() {
        return database.database().mediaStore(root);
    }

    @Test
    void the_answered_hash_is_of_the_plain_bytes() throws NoSuchAlgorithmException {
        byte[] bytes = randomBytes(150_000);

        StoredBytes stored = mediaStore().put(owner, AssetId.newId(),
                new ByteArrayInputStream(bytes), bytes.length);

        assertEquals(new StoredBytes(bytes.length, HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes))), stored);
    }

    @Test
    void skipping_serves_a_range_from_the_middle_of_a_large_file() throws IOException {
        MediaStore store = mediaStore();
        AssetId asset = AssetId.newId();
        byte[] bytes = randomBytes(1_000_000);
        store.put(owner, asset, new ByteArrayInputStream(bytes), bytes.length);

        try (InputStream in = store.open(owner, asset)) {
            assertEquals(700_001, in.skip(700_001));
            assertArrayEquals(Arrays.copyOfRange(bytes, 700_001, 700_101), in.readNBytes(100));
        }
    }

    @Test
    void a_file_moved_into_another_account_s_folder_does_not_decrypt() throws IOException {
        MediaStore store = mediaStore();
        AccountId stranger = AccountId.newId();
        AssetId asset = AssetId.newId();
        store.put(owner, asset, new ByteArrayInputStream(randomBytes(1000)), 1000);
        store.put(stranger, AssetId.newId(), new ByteArrayInputStream(new byte[10]), 10);
        Files.copy(root.resolve(owner.value()).resolve(asset.value() + ".sealed"),
                root.resolve(stranger.value()).resolve(asset.value() + ".sealed"));

        try (InputStream in = store.open(stranger, asset)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    @Test
    void a_file_changed_on_disk_fails_when_read() throws IOException {
        MediaStore store = mediaStore();
        AssetId asset = AssetId.newId();
        store.put(owner, asset, new ByteArrayInputStream(randomBytes(1000)), 1000);
        Path file = root.resolve(owner.value()).resolve(asset.value() + ".sealed");
        byte[] onDisk = Files.readAllBytes(file);
        onDisk[onDisk.length - 1] ^= 1;
        Files.write(file, onDisk);

        try (InputStream in = store.open(owner, asset)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
