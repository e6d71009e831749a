package live.mymovie.adapters.ai.runway;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import live.mymovie.domain.creation.ReferenceKind;

/**
 * Makes Runway reference tags from cast and location names: 3 to 16 characters, starting with
 * a letter, only letters, digits and underscores, and unique within one request.
 */
final class ReferenceTags {

    static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,15}");
    private static final int MAX = 16;

    private final Set<String> used = new HashSet<>();

    /** A fresh tag for the name, never one this instance handed out before. */
    String tagFor(String name, ReferenceKind kind) {
        String base = base(name, kind);
        String tag = base;
        for (int n = 2; used.contains(tag.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "_" + n;
            tag = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        used.add(tag.toLowerCase(Locale.ROOT));
        return tag;
    }

    private static String base(String name, ReferenceKind kind) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9_]+", "_")
                .replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        if (plain.isEmpty() || !Character.isLetter(plain.charAt(0)) || plain.length() < 3) {
            String prefix = kind == ReferenceKind.LOCATION ? "place" : "cast";
            plain = plain.isEmpty() ? prefix : prefix + "_" + plain;
        }
        String cut = plain.substring(0, Math.min(plain.length(), MAX));
        return cut.endsWith("_") ? cut.substring(0, cut.length() - 1) : cut;
    }
}
