package live.mymovie.adapters.ai.local;

/** Soft tones standing in for speech when no engine is installed: one short hum per word. */
final class Placeholder {

    private static final double WORD = 0.22;
    private static final double GAP = 0.08;

    private Placeholder() {
    }

    static float[] words(String text, int rate) {
        String[] words = text.isBlank() ? new String[0] : text.strip().split("\\s+");
        int wordLength = (int) (WORD * rate);
        int stride = (int) ((WORD + GAP) * rate);
        float[] out = new float[words.length * stride];
        for (int w = 0; w < words.length; w++) {
            double hz = 170 + Math.floorMod(words[w].hashCode(), 60);
            for (int i = 0; i < wordLength; i++) {
                double t = (double) i / rate;
                double envelope = Math.sin(Math.PI * i / wordLength);
                out[w * stride + i] = (float) (0.2 * envelope * Math.sin(2 * Math.PI * hz * t));
            }
        }
        return out;
    }
}
