package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.fake.TestData;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.StoryPlan;

/** What every keeper of creations does, whatever keeps the rows. */
public abstract class CreationRepositoryContract {

    private CreationRepository creations;
    private MediaAssetRepository assets;
    private Account owner;

    /** The subject and the ports it shares a store with, over an empty store. */
    protected abstract Stores stores();

    @BeforeEach
    void openStore() {
        Stores stores = stores();
        creations = stores.creations();
        assets = stores.assets();
        owner = TestData.account();
        stores.accounts().insert(owner);
    }

    @Test
    void a_creation_loads_with_references_plan_shots_and_every_result() {
        Creation creation = stored(TestData.creation(owner.id()));
        ReferencePhoto keeper = reference(creation, "Keeper");
        ReferencePhoto gull = reference(creation, "Gull");
        StoryPlan plan = TestData.storyPlan(3);
        creations.savePlan(creation.id(), plan);
        MediaAsset frame = asset(creation);
        MediaAsset clip = asset(creation);
        MediaAsset soundtrack = asset(creation);
        MediaAsset voiceover = asset(creation);

        creations.attachFrame(creation.id(), ShotNumber.of(2), frame);
        creations.attachClip(creation.id(), ShotNumber.of(2), clip);
        creations.attachSoundtrack(creation.id(), soundtrack);
        creations.attachVoiceover(creation.id(), voiceover);

        Creation loaded = creations.findById(creation.id()).orElseThrow();
        assertEquals(List.of(keeper, gull), loaded.references());
        assertEquals(plan, loaded.plan());
        assertEquals(List.of(Shot.planned(plan.shots().get(0)),
                new Shot(plan.shots().get(1), frame, clip), Shot.planned(plan.shots().get(2))),
                loaded.shots());
        assertEquals(soundtrack, loaded.soundtrack());
        assertEquals(voiceover, loaded.voiceover());
        assertEquals(creation.title(), loaded.title());
        assertEquals(creation.createdAt(), loaded.createdAt());
    }

    @Test
    void a_new_creation_loads_empty() {
        Creation creation = stored(TestData.creation(owner.id()));

        assertEquals(creation, creations.findById(creation.id()).orElseThrow());
        assertTrue(creations.findById(CreationId.newId()).isEmpty());
    }

    @Test
    void an_owner_lists_only_their_creations_newest_first() {
        Creation older = stored(TestData.creation(owner.id()));
        Creation newer = stored(TestData.creation(owner.id(), TestData.NOW.plusSeconds(9)));
        Creation sameTime = stored(TestData.creation(owner.id()));
        stored(TestData.creation(TestData.account().id()));

        assertEquals(List.of(newer, sameTime, older), creations.listByOwner(owner.id()));
    }

    @Test
    void texts_are_changed_and_a_reference_removed() {
        Creation creation = stored(TestData.creation(owner.id()));
        ReferencePhoto keeper = reference(creation, "Keeper");
        ReferencePhoto gull = reference(creation, "Gull");

        creations.updateTexts(creation.id(), "New title", "New prompt");
        creations.removeReference(creation.id(), keeper.id());

        Creation loaded = creations.findById(creation.id()).orElseThrow();
        assertEquals("New title", loaded.title());
        assertEquals("New prompt", loaded.prompt());
        assertEquals(List.of(gull), loaded.references());
    }

    @Test
    void a_new_plan_replaces_the_shots_and_lets_earlier_frames_go() {
        Creation creation = stored(TestData.creation(owner.id()));
        creations.savePlan(creation.id(), TestData.storyPlan(4));
        creations.attachFrame(creation.id(), ShotNumber.of(1), asset(creation));

        StoryPlan plan = TestData.storyPlan(2);
        creations.savePlan(creation.id(), plan);

        Creation loaded = creations.findById(creation.id()).orElseThrow();
        assertEquals(plan, loaded.plan());
        assertEquals(plan.shots().stream().map(Shot::planned).toList(), loaded.shots());
    }

    @Test
    void frames_attached_to_different_shots_at_once_are_all_kept() throws Exception {
        Creation creation = stored(TestData.creation(owner.id()));
        int shots = 8;
        creations.savePlan(creation.id(), TestData.storyPlan(shots));
        List<MediaAsset> frames = IntStream.range(0, shots).mapToObj(i -> asset(creation))
                .toList();

        Concurrently.run(shots, i -> creations.attachFrame(creation.id(), ShotNumber.of(i + 1),
                frames.get(i)));

        List<Shot> loaded = creations.findById(creation.id()).orElseThrow().shots();
        assertEquals(frames, loaded.stream().map(Shot::frame).toList());
    }

    @Test
    void changing_a_missing_creation_or_shot_is_not_found() {
        Creation creation = stored(TestData.creation(owner.id()));
        creations.savePlan(creation.id(), TestData.storyPlan(2));
        MediaAsset frame = asset(creation);
        CreationId missing = CreationId.newId();

        assertThrows(Refusal.NotFound.class,
                () -> creations.updateTexts(missing, "Title", "Prompt"));
        assertThrows(Refusal.NotFound.class,
                () -> creations.savePlan(missing, TestData.storyPlan(1)));
        assertThrows(Refusal.NotFound.class,
                () -> creations.attachFrame(creation.id(), ShotNumber.of(3), frame));
        assertThrows(Refusal.NotFound.class,
                () -> creations.attachSoundtrack(missing, frame));
    }

    @Test
    void a_deleted_file_record_drops_its_reference_and_empties_its_slot() {
        Creation creation = stored(TestData.creation(owner.id()));
        ReferencePhoto keeper = reference(creation, "Keeper");
        creations.savePlan(creation.id(), TestData.storyPlan(1));
        MediaAsset frame = asset(creation);
        creations.attachFrame(creation.id(), ShotNumber.of(1), frame);

        assets.delete(frame.id());
        assets.delete(keeper.photo().id());

        Creation loaded = creations.findById(creation.id()).orElseThrow();
        assertTrue(loaded.references().isEmpty());
        assertNull(loaded.shots().get(0).frame());
    }

    @Test
    void a_deleted_creation_is_gone_but_its_file_records_stay() {
        Creation creation = stored(TestData.creation(owner.id()));
        ReferencePhoto keeper = reference(creation, "Keeper");
        creations.savePlan(creation.id(), TestData.storyPlan(2));

        creations.delete(creation.id());

        assertTrue(creations.findById(creation.id()).isEmpty());
        assertTrue(creations.listByOwner(owner.id()).isEmpty());
        assertEquals(List.of(keeper.photo()), assets.listByCreation(creation.id()));
    }

    private Creation stored(Creation creation) {
        creations.insert(creation);
        return creation;
    }

    private ReferencePhoto reference(Creation creation, String name) {
        ReferencePhoto reference = TestData.referencePhoto(owner.id(), creation.id(), name);
        assets.insert(reference.photo());
        creations.addReference(creation.id(), reference);
        return reference;
    }

    private MediaAsset asset(Creation creation) {
        MediaAsset asset = TestData.mediaAsset(owner.id(), creation.id());
        assets.insert(asset);
        return asset;
    }
}
