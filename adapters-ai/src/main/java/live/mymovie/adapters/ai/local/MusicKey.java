package live.mymovie.adapters.ai.local;

import java.util.Locale;

/** A key such as "F# minor" read from a music brief: its tonic and its scale. */
record MusicKey(int tonic, boolean minor) {

    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};
    private static final String LETTERS = "C D EF G A B";

    /** Reads the brief's key; anything unreadable becomes C major. */
    static MusicKey parse(String key) {
        String text = key.strip();
        int letter = text.isEmpty() ? -1
                : LETTERS.indexOf(Character.toUpperCase(text.charAt(0)));
        if (letter < 0) {
            return new MusicKey(0, text.toLowerCase(Locale.ROOT).contains("minor"));
        }
        int tonic = letter;
        if (text.length() > 1 && (text.charAt(1) == '#' || text.charAt(1) == '♯')) {
            tonic++;
        } else if (text.length() > 1 && (text.charAt(1) == 'b' || text.charAt(1) == '♭')) {
            tonic--;
        }
        boolean minor = text.toLowerCase(Locale.ROOT).contains("minor")
                || text.toLowerCase(Locale.ROOT).endsWith("m");
        return new MusicKey(Math.floorMod(tonic, 12), minor);
    }

    /** The MIDI note of a scale degree (0-based, may pass the octave) above an octave's C. */
    int note(int degree, int octave) {
        int[] scale = minor ? MINOR : MAJOR;
        int step = Math.floorMod(degree, 7);
        int octaves = Math.floorDiv(degree, 7);
        return 12 * (octave + 1 + octaves) + tonic + scale[step];
    }

    /** The triad built on a scale degree. */
    int[] triad(int degree, int octave) {
        return new int[] {note(degree, octave), note(degree + 2, octave),
                note(degree + 4, octave)};
    }

    static double frequency(int midiNote) {
        return 440.0 * Math.pow(2, (midiNote - 69) / 12.0);
    }
}
