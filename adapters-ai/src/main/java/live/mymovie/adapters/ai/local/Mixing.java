package live.mymovie.adapters.ai.local;

/** Finishes a mix: fades at both ends, a gentle limiter and a peak just under full scale. */
final class Mixing {

    private static final float PEAK = 0.89f;

    private Mixing() {
    }

    static void finish(float[] mix, int rate) {
        fade(mix, rate);
        float peak = 1e-6f;
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (float) Math.tanh(mix[i] * 1.2);
            peak = Math.max(peak, Math.abs(mix[i]));
        }
        float gain = PEAK / peak;
        for (int i = 0; i < mix.length; i++) {
            mix[i] *= gain;
        }
    }

    private static void fade(float[] mix, int rate) {
        int in = Math.min(mix.length / 4, rate / 2);
        int out = Math.min(mix.length / 3, rate * 2);
        for (int i = 0; i < in; i++) {
            mix[i] *= (float) i / in;
        }
        for (int i = 0; i < out; i++) {
            mix[mix.length - 1 - i] *= (float) i / out;
        }
    }
}
