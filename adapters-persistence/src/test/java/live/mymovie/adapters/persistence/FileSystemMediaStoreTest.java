package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.contract.MediaStoreContract;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;

/** Runs the media store contract on a temporary folder, plus what only files can get wrong. */
class FileSystemMediaStoreTest extends MediaStoreContract {

    @TempDir
    Path root;

    private final AccountId owner = AccountId.newId();

    @Override
    protected MediaStore mediaStore() {
        return new FileSystemMediaStore(root);
    }

    @Test
    void files_live_in_the_owner_s_folder_named_by_asset_id_only() throws IOException {
        AssetId asset = AssetId.newId();

        new FileSystemMediaStore(root).put(owner, asset, bytes("frame"), 100);

        List<Path> files = filesUnder(root);
        assertEquals(1, files.size());
        assertEquals(root.resolve(owner.value()), files.get(0).getParent());
        assertTrue(files.get(0).getFileName().toString().startsWith(asset.value() + "."));
    }

    @Test
    void a_refused_upload_leaves_no_partial_file_behind() throws IOException {
        var store = new FileSystemMediaStore(root);

        assertThrows(Refusal.TooLarge.class,
                () -> store.put(owner, AssetId.newId(), new ByteArrayInputStream(new byte[5000]),
                        4096));

        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void a_file_changed_on_disk_fails_when_read_to_the_end() throws IOException {
        var store = new FileSystemMediaStore(root);
        AssetId asset = AssetId.newId();
        store.put(owner, asset, bytes("the original bytes"), 100);
        Files.writeString(filesUnder(root).get(0), "tampered bytes here");

        try (InputStream in = store.open(owner, asset)) {
            assertThrows(IOException.class, in::readAllBytes);
        }
    }

    @Test
    void storing_an_asset_again_replaces_its_bytes() throws IOException {
        var store = new FileSystemMediaStore(root);
        AssetId asset = AssetId.newId();
        store.put(owner, asset, bytes("first"), 100);

        store.put(owner, asset, bytes("second"), 100);

        assertEquals(1, store.count(owner));
        try (InputStream in = store.open(owner, asset)) {
            assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void deleting_all_removes_the_owner_s_folder() {
        var store = new FileSystemMediaStore(root);
        store.put(owner, AssetId.newId(), bytes("one"), 100);

        store.deleteAll(owner);

        assertFalse(Files.exists(root.resolve(owner.value())));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
