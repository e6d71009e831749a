package live.mymovie.application.fake;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.domain.account.Password;

/** A short list of common passwords, compared case-insensitively like the shipped list. */
public final class InMemoryCommonPasswords implements CommonPasswords {

    /** Long enough to pass the length rule, yet common. */
    public static final String COMMON_LONG_PASSWORD = "passwordpassword";

    private final Set<String> common;

    public InMemoryCommonPasswords() {
        this(Set.of("password", "123456", "qwerty", "letmein", COMMON_LONG_PASSWORD,
                "123456789012345", "qwertyuiopasdfgh"));
    }

    public InMemoryCommonPasswords(Set<String> common) {
        this.common = common.stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isCommon(Password password) {
        return common.contains(password.reveal().toLowerCase(Locale.ROOT));
    }
}
