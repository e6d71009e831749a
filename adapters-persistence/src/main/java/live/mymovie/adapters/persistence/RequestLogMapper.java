package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the request_logs table. */
interface RequestLogMapper {

    String COLUMNS = "at, ip, method, path, status, millis, account_id";

    @Insert("INSERT INTO request_logs (" + COLUMNS + ") VALUES (#{at}, #{ip}, #{method},"
            + " #{path}, #{status}, #{millis}, #{accountId})")
    void insert(RequestLogRow row);

    @Select("SELECT " + COLUMNS + " FROM request_logs WHERE at >= #{from} AND at <= #{to}"
            + " ORDER BY at DESC, seq DESC LIMIT #{limit}")
    List<RequestLogRow> between(Instant from, Instant to, int limit);

    @Select("SELECT " + COLUMNS + " FROM request_logs WHERE account_id = #{accountId}"
            + " ORDER BY at DESC, seq DESC")
    List<RequestLogRow> ofAccount(String accountId);

    @Delete("DELETE FROM request_logs WHERE at < #{cutoff}")
    int purgeOlderThan(Instant cutoff);

    @Update("UPDATE request_logs SET account_id = NULL WHERE account_id = #{accountId}")
    int anonymize(String accountId);

    /** One row of the request_logs table. */
    final class RequestLogRow {
        Instant at;
        String ip;
        String method;
        String path;
        int status;
        long millis;
        String accountId;
    }
}
