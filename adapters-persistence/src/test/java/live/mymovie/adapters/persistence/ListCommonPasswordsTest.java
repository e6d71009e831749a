package live.mymovie.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.CommonPasswordsContract;
import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.domain.account.Password;

/** Runs the common passwords contract on the shipped list. */
class ListCommonPasswordsTest extends CommonPasswordsContract {

    private static final ListCommonPasswords LIST = new ListCommonPasswords();

    @Override
    protected CommonPasswords commonPasswords() {
        return LIST;
    }

    @Test
    void the_shipped_list_holds_at_least_ten_thousand_passwords() {
        assertTrue(LIST.size() >= 10_000, "size " + LIST.size());
    }

    @Test
    void a_common_password_typed_in_full_width_letters_is_still_common() {
        assertTrue(LIST.isCommon(Password.typed("ｐａｓｓｗｏｒｄ")));
    }
}
