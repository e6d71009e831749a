package live.mymovie.adapters.ai.local;

/** The pitched instruments of the local soundtrack, each adding one note into a mix. */
final class Voices {

    private Voices() {
    }

    /** A warm pad: two slightly detuned sines with a slow swell and release. */
    static void pad(float[] mix, int rate, double start, double length, double hz,
            double gain) {
        int from = (int) (start * rate);
        int count = (int) ((length + 0.4) * rate);
        double attack = Math.min(0.4, length / 3);
        for (int i = 0; i < count && from + i < mix.length; i++) {
            double t = (double) i / rate;
            double envelope = Math.min(1, t / attack) * (t > length
                    ? Math.max(0, 1 - (t - length) / 0.4) : 1);
            double tone = Math.sin(2 * Math.PI * hz * t) + Math.sin(2 * Math.PI * hz * 1.004 * t)
                    + 0.25 * Math.sin(4 * Math.PI * hz * t);
            mix[from + i] += (float) (gain * envelope * tone / 2.25);
        }
    }

    /** A plucked note: a quick attack and an exponential decay of the given speed. */
    static void pluck(float[] mix, int rate, double start, double length, double hz,
            double gain, double decay) {
        int from = (int) (start * rate);
        int count = (int) (length * rate);
        for (int i = 0; i < count && from + i < mix.length; i++) {
            double t = (double) i / rate;
            double envelope = Math.min(1, t / 0.006) * Math.exp(-decay * t)
                    * Math.min(1, (length - t) / 0.05);
            double tone = Math.sin(2 * Math.PI * hz * t)
                    + 0.3 * Math.sin(4 * Math.PI * hz * t) + 0.1 * Math.sin(6 * Math.PI * hz * t);
            mix[from + i] += (float) (gain * envelope * tone);
        }
    }
}
