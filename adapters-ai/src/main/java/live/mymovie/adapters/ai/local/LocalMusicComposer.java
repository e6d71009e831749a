package live.mymovie.adapters.ai.local;

import java.util.Locale;
import java.util.Random;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;

/**
 * Composes the soundtrack offline: a four-chord progression in the brief's key at its tempo,
 * played by a soft pad, a bass line, an arpeggio and a light drum kit, as a 44.1 kHz
 * 16-bit WAV of the planned length.
 */
public final class LocalMusicComposer implements MusicComposer {

    static final String MODEL = "local-chord-synth-1";
    static final int SAMPLE_RATE = 44_100;

    private static final int DEFAULT_SECONDS = 30;

    @Override
    public String name() {
        return Cancellation.PROVIDER;
    }

    @Override
    public GeneratedFile compose(MusicRequest request, ProviderCall call) {
        Cancellation.stopIfCanceled(call);
        MusicBrief brief = request.brief();
        int seconds = request.lengthSeconds() > 0 ? request.lengthSeconds() : DEFAULT_SECONDS;
        float[] mix = new float[seconds * SAMPLE_RATE];
        Arrangement arrangement = Arrangement.of(brief);

        double beat = 60.0 / brief.tempoBpm();
        int bars = (int) Math.ceil(seconds / (4 * beat));
        for (int bar = 0; bar < bars; bar++) {
            Cancellation.stopIfCanceled(call);
            playBar(mix, arrangement, bar, bar * 4 * beat, beat);
            call.progress(90 * (bar + 1) / bars);
        }
        Mixing.finish(mix, SAMPLE_RATE);

        return new GeneratedFile(Wav.write(mix, SAMPLE_RATE), Wav.CONTENT_TYPE,
                new Provenance(name(), MODEL, describe(brief)), null);
    }

    private static void playBar(float[] mix, Arrangement a, int bar, double start,
            double beat) {
        int degree = a.progression()[bar % a.progression().length];
        int[] chord = a.key().triad(degree, 4);
        for (int note : chord) {
            Voices.pad(mix, SAMPLE_RATE, start, 4 * beat, MusicKey.frequency(note), 0.07);
        }

        int bass = a.key().note(degree, 2);
        for (int b = 0; b < 4; b += a.busy() ? 1 : 2) {
            Voices.pluck(mix, SAMPLE_RATE, start + b * beat, beat * 1.6,
                    MusicKey.frequency(bass), 0.22, 2.0);
        }

        double step = a.busy() ? beat / 2 : beat;
        int[] pattern = {0, 1, 2, 1, 0, 2, 1, 2};
        for (int i = 0; i * step < 4 * beat - 1e-6; i++) {
            int tone = chord[pattern[(i + bar) % pattern.length]] + 12;
            Voices.pluck(mix, SAMPLE_RATE, start + i * step, step * 2.5,
                    MusicKey.frequency(tone), 0.06, 4.0);
        }
        Drums.bar(mix, SAMPLE_RATE, start, beat, a.busy(), a.random());
    }

    private static String describe(MusicBrief brief) {
        return brief.mood() + " " + brief.genre() + ", " + brief.tempoBpm() + " bpm, "
                + brief.key();
    }

    /** The chords, key and energy chosen for a brief; its random source drives the drums. */
    private record Arrangement(MusicKey key, int[] progression, boolean busy, Random random) {

        static Arrangement of(MusicBrief brief) {
            MusicKey key = MusicKey.parse(brief.key());
            String mood = brief.mood().toLowerCase(Locale.ROOT);
            boolean calm = mood.contains("calm") || mood.contains("melanchol")
                    || mood.contains("tender") || mood.contains("sad");
            int[] progression = key.minor()
                    ? (mood.contains("tense") ? new int[] {0, 0, 5, 4} : new int[] {0, 5, 2, 6})
                    : (calm ? new int[] {0, 3, 0, 4} : new int[] {0, 4, 5, 3});
            return new Arrangement(key, progression, !calm && brief.tempoBpm() >= 90,
                    new Random(brief.hashCode()));
        }
    }
}
