package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * SQL for the creations table and the reference_photos and shots that hang off it. The
 * person's texts arrive here already sealed.
 */
interface CreationMapper {

    String COLUMNS = "id, owner_id, title, prompt, created_at, plan_title, plan_logline,"
            + " music_mood, music_genre, music_tempo_bpm, music_key, music_instruments,"
            + " plan_provider, plan_model, plan_prompt, soundtrack_asset_id, voiceover_asset_id";

    @Insert("INSERT INTO creations (id, owner_id, title, prompt, created_at)"
            + " VALUES (#{id}, #{ownerId}, #{title}, #{prompt}, #{createdAt})")
    void insert(CreationRow row);

    @Select("SELECT " + COLUMNS + " FROM creations WHERE id = #{id}")
    CreationRow findById(String id);

    @Select("SELECT owner_id FROM creations WHERE id = #{id}")
    String ownerOf(String id);

    @Select("SELECT id FROM creations WHERE owner_id = #{ownerId}"
            + " ORDER BY created_at DESC, seq DESC")
    List<String> idsByOwner(String ownerId);

    @Update("UPDATE creations SET title = #{title}, prompt = #{prompt} WHERE id = #{id}")
    int updateTexts(String id, String title, String prompt);

    @Delete("DELETE FROM creations WHERE id = #{id}")
    int delete(String id);

    @Update("UPDATE creations SET plan_title = #{planTitle}, plan_logline = #{planLogline},"
            + " music_mood = #{musicMood}, music_genre = #{musicGenre},"
            + " music_tempo_bpm = #{musicTempoBpm}, music_key = #{musicKey},"
            + " music_instruments = #{musicInstruments}, plan_provider = #{planProvider},"
            + " plan_model = #{planModel}, plan_prompt = #{planPrompt} WHERE id = #{id}")
    int updatePlan(CreationRow row);

    @Update("UPDATE creations SET soundtrack_asset_id = #{assetId} WHERE id = #{id}")
    int attachSoundtrack(String id, String assetId);

    @Update("UPDATE creations SET voiceover_asset_id = #{assetId} WHERE id = #{id}")
    int attachVoiceover(String id, String assetId);

    @Insert("INSERT INTO reference_photos (id, creation_id, kind, name, asset_id)"
            + " VALUES (#{id}, #{creationId}, #{kind}, #{name}, #{assetId})")
    void insertReference(ReferenceRow row);

    @Select("SELECT id, creation_id, kind, name, asset_id FROM reference_photos"
            + " WHERE creation_id = #{creationId} ORDER BY seq")
    List<ReferenceRow> references(String creationId);

    @Delete("DELETE FROM reference_photos WHERE creation_id = #{creationId} AND id = #{id}")
    int deleteReference(String creationId, String id);

    @Delete("DELETE FROM shots WHERE creation_id = #{creationId}")
    int deleteShots(String creationId);

    @Insert("INSERT INTO shots (creation_id, number, description, camera, duration_seconds,"
            + " narration, cast_names, location) VALUES (#{creationId}, #{number},"
            + " #{description}, #{camera}, #{durationSeconds}, #{narration}, #{castNames},"
            + " #{location})")
    void insertShot(ShotRow row);

    @Select("SELECT creation_id, number, description, camera, duration_seconds, narration,"
            + " cast_names, location, frame_asset_id, clip_asset_id FROM shots"
            + " WHERE creation_id = #{creationId} ORDER BY number")
    List<ShotRow> shots(String creationId);

    @Update("UPDATE shots SET frame_asset_id = #{assetId}"
            + " WHERE creation_id = #{creationId} AND number = #{number}")
    int attachFrame(String creationId, int number, String assetId);

    @Update("UPDATE shots SET clip_asset_id = #{assetId}"
            + " WHERE creation_id = #{creationId} AND number = #{number}")
    int attachClip(String creationId, int number, String assetId);

    /** One row of the creations table, with the plan's columns. */
    final class CreationRow {
        String id;
        String ownerId;
        String title;
        String prompt;
        Instant createdAt;
        String planTitle;
        String planLogline;
        String musicMood;
        String musicGenre;
        Integer musicTempoBpm;
        String musicKey;
        String musicInstruments;
        String planProvider;
        String planModel;
        String planPrompt;
        String soundtrackAssetId;
        String voiceoverAssetId;
    }

    /** One row of the reference_photos table. */
    final class ReferenceRow {
        String id;
        String creationId;
        String kind;
        String name;
        String assetId;
    }

    /** One row of the shots table. */
    final class ShotRow {
        String creationId;
        int number;
        String description;
        String camera;
        int durationSeconds;
        String narration;
        String castNames;
        String location;
        String frameAssetId;
        String clipAssetId;
    }
}
