package live.mymovie.adapters.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the accounts table. */
interface AccountMapper {

    String COLUMNS = "id, email, display_name, role, password_hash, created_at, age_confirmed_at";

    @Insert("INSERT INTO accounts (" + COLUMNS + ") VALUES (#{id}, #{email}, #{displayName},"
            + " #{role}, #{passwordHash}, #{createdAt}, #{ageConfirmedAt})")
    void insert(AccountRow row);

    @Update("UPDATE accounts SET email = #{email}, display_name = #{displayName},"
            + " role = #{role}, password_hash = #{passwordHash} WHERE id = #{id}")
    int update(AccountRow row);

    @Select("SELECT " + COLUMNS + " FROM accounts WHERE id = #{id}")
    AccountRow findById(String id);

    @Select("SELECT " + COLUMNS + " FROM accounts WHERE email = #{email}")
    AccountRow findByEmail(String email);

    @Select("SELECT " + COLUMNS + " FROM accounts WHERE email LIKE #{pattern} ESCAPE '\\'"
            + " OR LOWER(display_name) LIKE #{pattern} ESCAPE '\\'"
            + " ORDER BY created_at, seq LIMIT #{limit}")
    List<AccountRow> search(String pattern, int limit);

    @Select("SELECT id FROM accounts ORDER BY created_at, seq")
    List<String> allIds();

    @Delete("DELETE FROM accounts WHERE id = #{id}")
    int delete(String id);

    /** One row of the accounts table. */
    final class AccountRow {
        String id;
        String email;
        String displayName;
        String role;
        String passwordHash;
        java.time.Instant createdAt;
        java.time.Instant ageConfirmedAt;
    }
}
