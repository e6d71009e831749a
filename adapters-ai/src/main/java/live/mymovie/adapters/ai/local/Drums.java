package live.mymovie.adapters.ai.local;

import java.util.Random;

/** A light synthesized drum kit: kick, snare and hi-hat, one bar at a time. */
final class Drums {

    private Drums() {
    }

    static void bar(float[] mix, int rate, double start, double beat, boolean busy,
            Random random) {
        for (int b = 0; b < 4; b++) {
            double at = start + b * beat;
            if (b % 2 == 0 || busy) {
                kick(mix, rate, at, b % 2 == 0 ? 0.45 : 0.2);
            }
            if (busy && b % 2 == 1) {
                noise(mix, rate, at, 0.18, 0.1, 18, random);
            }
            noise(mix, rate, at + beat / 2, 0.05, busy ? 0.05 : 0.03, 90, random);
        }
    }

    private static void kick(float[] mix, int rate, double start, double gain) {
        int from = (int) (start * rate);
        double phase = 0;
        for (int i = 0; i < rate * 0.3 && from + i < mix.length; i++) {
            double t = (double) i / rate;
            phase += 2 * Math.PI * (45 + 70 * Math.exp(-30 * t)) / rate;
            mix[from + i] += (float) (gain * Math.exp(-12 * t) * Math.sin(phase));
        }
    }

    /** A burst of noise, brightened by differencing, for the snare and the hi-hat. */
    private static void noise(float[] mix, int rate, double start, double length, double gain,
            double decay, Random random) {
        int from = (int) (start * rate);
        double previous = 0;
        for (int i = 0; i < rate * length && from + i < mix.length; i++) {
            double t = (double) i / rate;
            double white = random.nextDouble() * 2 - 1;
            mix[from + i] += (float) (gain * Math.exp(-decay * t) * (white - previous));
            previous = white;
        }
    }
}
