package live.mymovie.domain;

import java.util.UUID;

/** Creates and checks the opaque identifiers every entity carries. */
public final class Ids {

    private Ids() {
    }

    /** A new random identifier. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Checks that an identifier from outside is a plain, short token. */
    public static String require(String value, String what) {
        if (value == null || value.isBlank() || value.length() > 64
                || !value.matches("[A-Za-z0-9_-]+")) {
            throw new Refusal.NotFound(what);
        }
        return value;
    }
}
