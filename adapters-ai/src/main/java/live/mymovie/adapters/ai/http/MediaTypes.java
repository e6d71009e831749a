package live.mymovie.adapters.ai.http;

import java.util.Locale;

/** Decides a generated file's content type from what its server declared and its first bytes. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The declared type when it is specific, else the type the bytes show, else the fallback.
     */
    public static String of(byte[] bytes, String declared, String fallback) {
        String clean = declared == null ? ""
                : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!clean.isEmpty() && !clean.equals("application/octet-stream")
                && !clean.equals("binary/octet-stream")) {
            return clean;
        }
        String sniffed = sniff(bytes);
        return sniffed == null ? fallback : sniffed;
    }

    private static String sniff(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p')) {
            return "video/mp4";
        }
        if (startsWith(b, 0, 'I', 'D', '3') || startsWith(b, 0, 0xFF, 0xFB)) {
            return "audio/mpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
