package live.mymovie.adapters.ai.elevenlabs;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits narration longer than a model's character limit at sentence boundaries, and joins
 * the MP3 parts the provider answers into one track.
 */
final class NarrationParts {

    private NarrationParts() {
    }

    /** Parts of at most {@code limit} characters, cut between sentences where possible. */
    static List<String> split(String text, int limit) {
        if (text.strip().length() <= limit) {
            return List.of(text.strip());
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : text.strip().split("(?<=[.!?\u2026])\\s+|\\n\\s*\\n")) {
            for (String piece : pieces(sentence.strip(), limit)) {
                if (!current.isEmpty() && current.length() + 1 + piece.length() > limit) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : " ").append(piece);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** A sentence longer than the limit, cut between words, or inside a word as a last resort. */
    private static List<String> pieces(String sentence, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The parts back to back; ID3 tags that open the later parts are dropped. */
    static byte[] joinMp3(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            int skip = i == 0 ? 0 : id3Length(part);
            out.write(part, skip, part.length - skip);
        }
        return out.toByteArray();
    }

    private static int id3Length(byte[] part) {
        if (part.length < 10 || part[0] != 'I' || part[1] != 'D' || part[2] != '3') {
            return 0;
        }
        int size = (part[6] & 0x7F) << 21 | (part[7] & 0x7F) << 14 | (part[8] & 0x7F) << 7
                | (part[9] & 0x7F);
        int footer = (part[5] & 0x10) != 0 ? 10 : 0;
        return Math.min(part.length, 10 + size + footer);
    }
}
