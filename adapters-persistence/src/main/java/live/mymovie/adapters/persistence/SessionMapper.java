package live.mymovie.adapters.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the sessions table. */
interface SessionMapper {

    String COLUMNS = "id, account_id, created_at, last_seen_at, expires_at";

    @Insert("INSERT INTO sessions (" + COLUMNS + ") VALUES (#{id}, #{accountId}, #{createdAt},"
            + " #{lastSeenAt}, #{expiresAt})")
    void insert(SessionRow row);

    @Select("SELECT " + COLUMNS + " FROM sessions WHERE id = #{id}")
    SessionRow find(String id);

    @Update("UPDATE sessions SET last_seen_at = #{at} WHERE id = #{id}")
    int touch(String id, Instant at);

    @Delete("DELETE FROM sessions WHERE id = #{id}")
    int delete(String id);

    @Delete("DELETE FROM sessions WHERE account_id = #{accountId}")
    int deleteAllOf(String accountId);

    @Delete("DELETE FROM sessions WHERE account_id = #{accountId} AND id <> #{except}")
    int deleteAllOfExcept(String accountId, String except);

    @Delete("DELETE FROM sessions WHERE expires_at < #{before}")
    int deleteExpired(Instant before);

    /** One row of the sessions table. */
    final class SessionRow {
        String id;
        String accountId;
        Instant createdAt;
        Instant lastSeenAt;
        Instant expiresAt;
    }
}
