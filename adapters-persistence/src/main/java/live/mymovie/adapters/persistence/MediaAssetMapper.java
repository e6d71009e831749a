package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** SQL for the media_assets table. */
interface MediaAssetMapper {

    String COLUMNS = "id, owner_id, creation_id, content_type, size_bytes, sha256, provider,"
            + " model, prompt, created_at, provider_url_expires_at";

    @Insert("INSERT INTO media_assets (" + COLUMNS + ") VALUES (#{id}, #{ownerId},"
            + " #{creationId}, #{contentType}, #{sizeBytes}, #{sha256}, #{provider}, #{model},"
            + " #{prompt}, #{createdAt}, #{providerUrlExpiresAt})")
    void insert(MediaAssetRow row);

    @Select("SELECT " + COLUMNS + " FROM media_assets WHERE id = #{id}")
    MediaAssetRow findById(String id);

    @Select("SELECT " + COLUMNS + " FROM media_assets WHERE owner_id = #{ownerId}"
            + " ORDER BY created_at, seq")
    List<MediaAssetRow> listByOwner(String ownerId);

    @Select("SELECT " + COLUMNS + " FROM media_assets WHERE creation_id = #{creationId}"
            + " ORDER BY created_at, seq")
    List<MediaAssetRow> listByCreation(String creationId);

    /** The file records a creation points at: reference photos, frames, clips and tracks. */
    @Select("SELECT " + COLUMNS + " FROM media_assets WHERE"
            + " id IN (SELECT asset_id FROM reference_photos WHERE creation_id = #{id})"
            + " OR id IN (SELECT frame_asset_id FROM shots WHERE creation_id = #{id})"
            + " OR id IN (SELECT clip_asset_id FROM shots WHERE creation_id = #{id})"
            + " OR id IN (SELECT soundtrack_asset_id FROM creations WHERE id = #{id})"
            + " OR id IN (SELECT voiceover_asset_id FROM creations WHERE id = #{id})")
    List<MediaAssetRow> usedByCreation(String id);

    @Delete("DELETE FROM media_assets WHERE id = #{id}")
    int delete(String id);

    /** One row of the media_assets table. */
    final class MediaAssetRow {
        String id;
        String ownerId;
        String creationId;
        String contentType;
        long sizeBytes;
        String sha256;
        String provider;
        String model;
        String prompt;
        Instant createdAt;
        Instant providerUrlExpiresAt;
    }
}
