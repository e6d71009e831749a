package live.mymovie.application.port.out;

import live.mymovie.domain.account.Password;

/** Knows the passwords that breaches made common, which nobody may choose. */
public interface CommonPasswords {

    boolean isCommon(Password password);
}
