package live.mymovie.adapters.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.domain.account.Password;

/**
 * The common passwords from a shipped list of breached passwords (see NOTICE), compared
 * after NFKC normalization and lower-casing.
 */
public final class ListCommonPasswords implements CommonPasswords {

    static final String RESOURCE = "common-passwords.txt";

    private static final System.Logger LOG =
            System.getLogger(ListCommonPasswords.class.getName());

    private final Set<String> common;

    public ListCommonPasswords() {
        this.common = load();
        LOG.log(System.Logger.Level.INFO, "Loaded {0} common passwords", common.size());
    }

    @Override
    public boolean isCommon(Password password) {
        return common.contains(normalized(password.reveal()));
    }

    /** How many passwords the list holds. */
    public int size() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = ListCommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The common password list is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> set = new HashSet<>();
            reader.lines().filter(line -> !line.isBlank()).map(ListCommonPasswords::normalized)
                    .forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
