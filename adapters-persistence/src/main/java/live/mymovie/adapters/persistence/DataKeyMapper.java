package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the data_keys table, which holds each account's data key wrapped. */
interface DataKeyMapper {

    @Insert("INSERT INTO data_keys (account_id, wrapped_key, created_at)"
            + " VALUES (#{accountId}, #{wrappedKey}, #{createdAt})")
    void insert(String accountId, String wrappedKey, Instant createdAt);

    @Select("SELECT wrapped_key FROM data_keys WHERE account_id = #{accountId}")
    String find(String accountId);

    @Select("SELECT account_id, wrapped_key FROM data_keys ORDER BY account_id")
    List<DataKeyRow> all();

    @Select("SELECT account_id, wrapped_key FROM data_keys ORDER BY account_id LIMIT 1")
    DataKeyRow any();

    @Update("UPDATE data_keys SET wrapped_key = #{wrappedKey} WHERE account_id = #{accountId}")
    int rewrap(String accountId, String wrappedKey);

    @Delete("DELETE FROM data_keys WHERE account_id = #{accountId}")
    int delete(String accountId);

    /** One row of the data_keys table. */
    final class DataKeyRow {
        String accountId;
        String wrappedKey;
    }
}
