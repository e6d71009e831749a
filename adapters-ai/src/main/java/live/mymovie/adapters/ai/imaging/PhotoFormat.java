package live.mymovie.adapters.ai.imaging;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The type of an uploaded file told by its first bytes (magic numbers), never its name. */
enum PhotoFormat {
    JPEG("JPEG", true), PNG("PNG", true), WEBP("WebP", true), HEIC("HEIC or AVIF", false),
    GIF("GIF", false), SVG("SVG", false), UNKNOWN("of an unknown type", false);

    private static final Set<String> ISO_BRANDS = Set.of("heic", "heix", "hevc", "hevx",
            "heim", "heis", "mif1", "msf1", "avif", "avis");

    private final String label;
    private final boolean accepted;

    PhotoFormat(String label, boolean accepted) {
        this.label = label;
        this.accepted = accepted;
    }

    String label() {
        return label;
    }

    boolean accepted() {
        return accepted;
    }

    static PhotoFormat sniff(byte[] bytes) {
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(bytes, 0, 4).equals("GIF8")) {
            return GIF;
        }
        if (ascii(bytes, 4, 4).equals("ftyp")) {
            return ISO_BRANDS.contains(ascii(bytes, 8, 4)) ? HEIC : UNKNOWN;
        }
        return looksLikeSvg(bytes) ? SVG : UNKNOWN;
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
