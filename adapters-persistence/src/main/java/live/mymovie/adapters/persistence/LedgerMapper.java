package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for account_balances and the append-only ledger_entries. */
interface LedgerMapper {

    String COLUMNS = "id, account_id, kind, amount, balance_after, note, created_at, job_id";

    /** Creates the balance row at zero unless it exists; a racing twin is simply ignored. */
    @Insert("INSERT INTO account_balances (account_id, balance) VALUES (#{accountId}, 0)"
            + " ON CONFLICT DO NOTHING")
    int ensureBalance(String accountId);

    /** Reads the balance and locks its row until the unit of work ends. */
    @Select("SELECT balance FROM account_balances WHERE account_id = #{accountId} FOR UPDATE")
    Long lockBalance(String accountId);

    @Select("SELECT balance FROM account_balances WHERE account_id = #{accountId}")
    Long balance(String accountId);

    @Update("UPDATE account_balances SET balance = balance + #{amount}"
            + " WHERE account_id = #{accountId}")
    int add(String accountId, long amount);

    /** Takes the amount only if the balance covers it; the row count says whether it did. */
    @Update("UPDATE account_balances SET balance = balance - #{amount}"
            + " WHERE account_id = #{accountId} AND balance >= #{amount}")
    int take(String accountId, long amount);

    @Select("SELECT COUNT(*) FROM ledger_entries WHERE refunded_job_id = #{jobId}")
    int refundsOf(String jobId);

    @Insert("INSERT INTO ledger_entries (" + COLUMNS + ", refunded_job_id) VALUES (#{id},"
            + " #{accountId}, #{kind}, #{amount}, #{balanceAfter}, #{note}, #{createdAt},"
            + " #{jobId}, #{refundedJobId})")
    void insert(LedgerEntryRow row);

    @Select("SELECT " + COLUMNS + " FROM ledger_entries WHERE account_id = #{accountId}"
            + " ORDER BY seq DESC")
    List<LedgerEntryRow> entries(String accountId);

    @Select("SELECT " + COLUMNS + " FROM ledger_entries WHERE job_id = #{jobId} ORDER BY seq")
    List<LedgerEntryRow> entriesOfJob(String jobId);

    @Delete("DELETE FROM ledger_entries WHERE account_id = #{accountId}")
    int deleteEntries(String accountId);

    @Delete("DELETE FROM account_balances WHERE account_id = #{accountId}")
    int deleteBalance(String accountId);

    /** One row of the ledger_entries table. */
    final class LedgerEntryRow {
        String id;
        String accountId;
        String kind;
        long amount;
        long balanceAfter;
        String note;
        Instant createdAt;
        String jobId;
        String refundedJobId;
    }
}
