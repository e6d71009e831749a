package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the jobs table. */
interface JobMapper {

    String COLUMNS = "id, account_id, creation_id, kind, shots, status, progress, cost,"
            + " attempts, error, idempotency_key, request_fingerprint, lease_owner,"
            + " lease_expires_at, provider_task_id, next_attempt_at, created_at, finished_at";

    /** A queued job whose time has come, or a running job whose lease has lapsed. */
    String DUE = "((status = 'QUEUED' AND next_attempt_at <= #{now})"
            + " OR (status = 'RUNNING' AND lease_expires_at <= #{now}))";

    String NEWEST_FIRST = " ORDER BY created_at DESC, seq DESC";

    @Insert("INSERT INTO jobs (" + COLUMNS + ") VALUES (#{id}, #{accountId}, #{creationId},"
            + " #{kind}, #{shots}, #{status}, #{progress}, #{cost}, #{attempts}, #{error},"
            + " #{idempotencyKey}, #{requestFingerprint}, #{leaseOwner}, #{leaseExpiresAt},"
            + " #{providerTaskId}, #{nextAttemptAt}, #{createdAt}, #{finishedAt})")
    void insert(JobRow row);

    @Select("SELECT " + COLUMNS + " FROM jobs WHERE id = #{id}")
    JobRow findById(String id);

    @Select("SELECT " + COLUMNS + " FROM jobs WHERE account_id = #{accountId}"
            + " AND idempotency_key = #{key}")
    JobRow findByIdempotencyKey(String accountId, String key);

    @Select("SELECT " + COLUMNS + " FROM jobs WHERE creation_id = #{creationId}"
            + NEWEST_FIRST)
    List<JobRow> listByCreation(String creationId);

    @Select("SELECT " + COLUMNS + " FROM jobs WHERE status = 'FAILED'" + NEWEST_FIRST
            + " LIMIT #{limit}")
    List<JobRow> listFailed(int limit);

    @Select("SELECT " + COLUMNS + " FROM jobs WHERE account_id = #{accountId}" + NEWEST_FIRST)
    List<JobRow> listByAccount(String accountId);

    @Select("SELECT COUNT(*) FROM jobs WHERE account_id = #{accountId}"
            + " AND status IN ('QUEUED', 'RUNNING')")
    int countActive(String accountId);

    /**
     * Due jobs nobody else is locking right now, those of people with the fewest jobs
     * running first and then the oldest, so one person's long queue never starves everyone
     * else; PostgreSQL skips rows another worker is claiming instead of waiting for them.
     */
    @Select("SELECT id FROM jobs WHERE " + DUE + " ORDER BY (SELECT COUNT(*) FROM jobs r"
            + " WHERE r.account_id = jobs.account_id AND r.status = 'RUNNING'"
            + " AND r.lease_expires_at > #{now}), created_at, seq LIMIT #{limit}"
            + " FOR UPDATE SKIP LOCKED")
    List<String> dueIds(Instant now, int limit);

    /** Claims the job only if it is still due; a row count of 0 means another worker won. */
    @Update("UPDATE jobs SET status = 'RUNNING', attempts = attempts + 1,"
            + " lease_owner = #{worker}, lease_expires_at = #{leaseUntil}"
            + " WHERE id = #{id} AND " + DUE)
    int claim(String id, String worker, Instant now, Instant leaseUntil);

    @Update("UPDATE jobs SET lease_expires_at = #{leaseUntil} WHERE id = #{id}"
            + " AND status = 'RUNNING' AND lease_owner = #{worker}")
    int renewLease(String id, String worker, Instant leaseUntil);

    /** Progress only moves forward, also when a resumed job reports from its start again. */
    @Update("UPDATE jobs SET progress = GREATEST(progress, #{progress}) WHERE id = #{id}"
            + " AND status = 'RUNNING'")
    int recordProgress(String id, int progress);

    @Update("UPDATE jobs SET provider_task_id = #{taskId} WHERE id = #{id}")
    int recordProviderTask(String id, String taskId);

    @Update("UPDATE jobs SET status = 'QUEUED', error = #{error},"
            + " next_attempt_at = #{nextAttemptAt}, lease_owner = NULL, lease_expires_at = NULL"
            + " WHERE id = #{id} AND status IN ('QUEUED', 'RUNNING')")
    int scheduleRetry(String id, String error, Instant nextAttemptAt);

    @Update("UPDATE jobs SET status = #{status}, error = #{error}, finished_at = #{now},"
            + " lease_owner = NULL, lease_expires_at = NULL"
            + " WHERE id = #{id} AND status IN ('QUEUED', 'RUNNING')")
    int finish(String id, String status, String error, Instant now);

    @Delete("DELETE FROM jobs WHERE account_id = #{accountId}")
    int deleteAll(String accountId);

    /** One row of the jobs table. */
    final class JobRow {
        String id;
        String accountId;
        String creationId;
        String kind;
        String shots;
        String status;
        int progress;
        long cost;
        int attempts;
        String error;
        String idempotencyKey;
        String requestFingerprint;
        String leaseOwner;
        Instant leaseExpiresAt;
        String providerTaskId;
        Instant nextAttemptAt;
        Instant createdAt;
        Instant finishedAt;
    }
}
