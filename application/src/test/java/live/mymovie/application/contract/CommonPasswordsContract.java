package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.domain.account.Password;

/** What every list of common passwords does. */
public abstract class CommonPasswordsContract {

    /** The subject. */
    protected abstract CommonPasswords commonPasswords();

    @Test
    void a_common_password_is_common_in_any_case() {
        CommonPasswords common = commonPasswords();

        assertTrue(common.isCommon(Password.typed("password")));
        assertTrue(common.isCommon(Password.typed("PasswordPassword")));
        assertTrue(common.isCommon(Password.typed("LETMEIN")));
    }

    @Test
    void an_unusual_password_is_not_common() {
        assertFalse(commonPasswords().isCommon(Password.typed("violet otter juggles 7 lanterns")));
    }
}
