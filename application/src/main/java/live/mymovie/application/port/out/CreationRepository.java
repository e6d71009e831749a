package live.mymovie.application.port.out;

import java.util.List;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Keeps creations with their references, plan, shots and results. Results are attached one
 * at a time so that jobs working on different shots of one creation never overwrite each
 * other.
 */
public interface CreationRepository {

    /** Stores a new, empty creation. */
    void insert(Creation creation);

    /** The creation with everything attached to it. */
    Optional<Creation> findById(CreationId id);

    /** The owner's creations, newest first. */
    List<Creation> listByOwner(AccountId owner);

    void updateTexts(CreationId id, String title, String prompt);

    /** Removes the creation and its references, plan and shots (not the files). */
    void delete(CreationId id);

    void addReference(CreationId id, ReferencePhoto reference);

    void removeReference(CreationId id, ReferenceId reference);

    /** Replaces the plan and its shot list; earlier frames and clips are let go. */
    void savePlan(CreationId id, StoryPlan plan);

    void attachFrame(CreationId id, ShotNumber shot, MediaAsset frame);

    void attachClip(CreationId id, ShotNumber shot, MediaAsset clip);

    void attachSoundtrack(CreationId id, MediaAsset soundtrack);

    void attachVoiceover(CreationId id, MediaAsset voiceover);
}
