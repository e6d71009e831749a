package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.MediaStore.StoredBytes;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/** What every keeper of file bytes does. */
public abstract class MediaStoreContract {

    /** SHA-256 of the three bytes "abc". */
    private static final String ABC_SHA256 =
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private MediaStore store;
    private final AccountId owner = AccountId.newId();

    /** An empty store. */
    protected abstract MediaStore mediaStore();

    @BeforeEach
    void openStore() {
        store = mediaStore();
    }

    @Test
    void a_stored_file_reads_back_with_its_size_and_hash() throws IOException {
        AssetId asset = AssetId.newId();

        StoredBytes stored = store.put(owner, asset, bytes("abc"), 3);

        assertEquals(new StoredBytes(3, ABC_SHA256), stored);
        try (InputStream in = store.open(owner, asset)) {
            assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertEquals(1, store.count(owner));
    }

    @Test
    void a_file_over_the_limit_is_refused_and_nothing_is_kept() {
        AssetId asset = AssetId.newId();

        assertThrows(Refusal.TooLarge.class, () -> store.put(owner, asset, bytes("abcd"), 3));

        assertEquals(0, store.count(owner));
        assertThrows(Refusal.NotFound.class, () -> store.open(owner, asset));
    }

    @Test
    void a_missing_file_is_not_found_and_deleting_it_is_fine() {
        assertThrows(Refusal.NotFound.class, () -> store.open(owner, AssetId.newId()));

        store.delete(owner, AssetId.newId());
        store.deleteAll(AccountId.newId());
    }

    @Test
    void files_are_kept_per_owner() {
        AssetId asset = AssetId.newId();
        AccountId stranger = AccountId.newId();
        store.put(owner, asset, bytes("mine"), 100);

        assertThrows(Refusal.NotFound.class, () -> store.open(stranger, asset));
        assertEquals(0, store.count(stranger));
    }

    @Test
    void deleting_removes_one_file_or_all_files_of_the_owner() {
        AssetId first = AssetId.newId();
        AssetId second = AssetId.newId();
        AccountId other = AccountId.newId();
        store.put(owner, first, bytes("one"), 100);
        store.put(owner, second, bytes("two"), 100);
        store.put(other, AssetId.newId(), bytes("three"), 100);

        store.delete(owner, first);
        assertEquals(1, store.count(owner));
        store.deleteAll(owner);

        assertEquals(0, store.count(owner));
        assertThrows(Refusal.NotFound.class, () -> store.open(owner, second));
        assertEquals(1, store.count(other));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
