package live.mymovie.application.creation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.InMemoryMediaStore;
import live.mymovie.application.fake.InMemoryStores;
import live.mymovie.application.fake.TestData;
import live.mymovie.application.generation.MutableClock;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;

/** Our own copy of every file: bytes and record together, or neither. */
class MediaKeeperTest {

    private static final byte[] BYTES = "a frame of the storm".getBytes(StandardCharsets.UTF_8);
    private static final Provenance MADE_BY = new Provenance("scripted", "image-1", "a storm");

    private final MutableClock clock = new MutableClock(TestData.NOW);
    private final InMemoryMediaStore files = new InMemoryMediaStore();
    private final MediaAssetRepository assets = InMemoryStores.create(clock).assets();
    private final AccountId owner = AccountId.newId();
    private final CreationId creation = CreationId.newId();

    @Test
    void a_kept_file_has_its_bytes_size_hash_provenance_and_expiry() throws Exception {
        MediaKeeper keeper = new MediaKeeper(files, assets, 100, clock);
        Instant expiry = TestData.NOW.plusSeconds(3600);

        MediaAsset kept = keeper.keep(owner, creation, BYTES, "image/png", MADE_BY, expiry);

        assertEquals(kept, assets.findById(kept.id()).orElseThrow());
        assertEquals(BYTES.length, kept.sizeBytes());
        assertEquals(sha256(BYTES), kept.sha256());
        assertEquals(MADE_BY, kept.provenance());
        assertEquals(Optional.of(expiry), kept.providerUrlExpiry());
        assertEquals(TestData.NOW, kept.createdAt());
        assertArrayEquals(BYTES, keeper.read(kept));
    }

    @Test
    void a_file_over_the_size_limit_is_refused_and_nothing_is_kept() {
        MediaKeeper keeper = new MediaKeeper(files, assets, BYTES.length - 1, clock);

        assertThrows(Refusal.TooLarge.class, () -> keeper.keep(owner, creation, BYTES,
                "image/png", MADE_BY, null));

        assertEquals(0, files.count(owner));
        assertTrue(assets.listByOwner(owner).isEmpty());
    }

    @Test
    void when_the_record_cannot_be_written_the_bytes_are_removed_again() {
        MediaKeeper keeper = new MediaKeeper(files, new RefusingAssets(), 100, clock);

        assertThrows(IllegalStateException.class, () -> keeper.keep(owner, creation, BYTES,
                "image/png", MADE_BY, null));

        assertEquals(0, files.count(owner));
    }

    @Test
    void a_discarded_file_loses_its_bytes_and_its_record() {
        MediaKeeper keeper = new MediaKeeper(files, assets, 100, clock);
        MediaAsset kept = keeper.keep(owner, creation, BYTES, "image/png", MADE_BY, null);

        keeper.discard(kept);

        assertEquals(0, files.count(owner));
        assertTrue(assets.findById(kept.id()).isEmpty());
        assertThrows(Refusal.NotFound.class, () -> keeper.read(kept));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A record store whose writes fail, as a database that went away would. */
    private static final class RefusingAssets implements MediaAssetRepository {

        @Override
        public void insert(MediaAsset asset) {
            throw new IllegalStateException("The database went away");
        }

        @Override
        public Optional<MediaAsset> findById(AssetId id) {
            return Optional.empty();
        }

        @Override
        public List<MediaAsset> listByOwner(AccountId owner) {
            return List.of();
        }

        @Override
        public List<MediaAsset> listByCreation(CreationId creation) {
            return List.of();
        }

        @Override
        public void delete(AssetId id) {
        }
    }
}
