package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;

/** What every keeper of file records does. */
public abstract class MediaAssetRepositoryContract {

    private Stores stores;
    private MediaAssetRepository assets;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        stores = stores();
        assets = stores.assets();
    }

    @Test
    void a_file_record_keeps_every_field() {
        Account owner = TestData.account();
        MediaAsset asset = TestData.mediaAsset(owner.id(), TestData.creation(owner.id()).id());

        assets.insert(asset);

        assertEquals(asset, assets.findById(asset.id()).orElseThrow());
    }

    @Test
    void records_are_listed_by_owner_and_by_creation_oldest_first() {
        Account owner = TestData.account();
        Creation first = TestData.creation(owner.id());
        Creation second = TestData.creation(owner.id());
        MediaAsset late = TestData.mediaAsset(owner.id(), first.id(),
                TestData.NOW.plusSeconds(60));
        MediaAsset early = TestData.mediaAsset(owner.id(), first.id());
        MediaAsset other = TestData.mediaAsset(owner.id(), second.id(),
                TestData.NOW.plusSeconds(120));
        MediaAsset stranger = TestData.mediaAsset(TestData.account().id(), second.id());
        List.of(late, early, other, stranger).forEach(assets::insert);

        assertEquals(List.of(early, late, other), assets.listByOwner(owner.id()));
        assertEquals(List.of(early, late), assets.listByCreation(first.id()));
    }

    @Test
    void a_deleted_record_is_gone() {
        Account owner = TestData.account();
        MediaAsset asset = TestData.mediaAsset(owner.id(), TestData.creation(owner.id()).id());
        assets.insert(asset);

        assets.delete(asset.id());

        assertTrue(assets.findById(asset.id()).isEmpty());
        assertTrue(assets.listByOwner(owner.id()).isEmpty());
    }
}
