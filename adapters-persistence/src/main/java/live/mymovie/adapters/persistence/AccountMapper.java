package live.mymovie.adapters.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the accounts table; email and display name are sealed, email_index is blind. */
interface AccountMapper {

    String COLUMNS = "id, email, email_index, display_name, role, password_hash, created_at,"
            + " age_confirmed_at";

    @Insert("INSERT INTO accounts (" + COLUMNS + ") VALUES (#{id}, #{email}, #{emailIndex},"
            + " #{displayName}, #{role}, #{passwordHash}, #{createdAt}, #{ageConfirmedAt})")
    void insert(AccountRow row);

    @Update("UPDATE accounts SET email = #{email}, email_index = #{emailIndex},"
            + " display_name = #{displayName}, role = #{role}, password_hash = #{passwordHash}"
            + " WHERE id = #{id}")
    int update(AccountRow row);

    @Select("SELECT " + COLUMNS + " FROM accounts WHERE id = #{id}")
    AccountRow findById(String id);

    @Select("SELECT " + COLUMNS + " FROM accounts WHERE email_index = #{emailIndex}")
    AccountRow findByEmailIndex(String emailIndex);

    @Select("SELECT " + COLUMNS + " FROM accounts ORDER BY created_at, seq"
            + " LIMIT #{limit} OFFSET #{offset}")
    List<AccountRow> page(int offset, int limit);

    @Select("SELECT id FROM accounts ORDER BY created_at, seq")
    List<String> allIds();

    @Update("UPDATE accounts SET email_index = #{emailIndex} WHERE id = #{id}")
    int reindexEmail(String id, String emailIndex);

    @Delete("DELETE FROM accounts WHERE id = #{id}")
    int delete(String id);

    /** One row of the accounts table. */
    final class AccountRow {
        String id;
        String email;
        String emailIndex;
        String displayName;
        String role;
        String passwordHash;
        java.time.Instant createdAt;
        java.time.Instant ageConfirmedAt;
    }
}
