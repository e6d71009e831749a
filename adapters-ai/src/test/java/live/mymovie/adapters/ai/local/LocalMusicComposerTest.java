package live.mymovie.adapters.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.MusicComposerContract;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.MusicComposer.MusicRequest;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.domain.creation.MusicBrief;

class LocalMusicComposerTest extends MusicComposerContract {

    private final LocalMusicComposer composer = new LocalMusicComposer();

    @Override
    protected MusicComposer subject() {
        return composer;
    }

    private Wav.Track compose(MusicBrief brief, int seconds) throws IOException {
        GeneratedFile file = composer.compose(new MusicRequest("T", brief, seconds),
                ProviderCall.detached());
        assertEquals("audio/wav", file.contentType());
        return Wav.read(file.bytes());
    }

    private static MusicBrief brief(String mood, int tempo, String key) {
        return new MusicBrief(mood, "pop", tempo, key, List.of("piano"));
    }

    @Test
    void the_track_is_44100_hz_and_lasts_the_planned_length() throws IOException {
        Wav.Track track = compose(hopefulBrief(), 12);

        assertEquals(44_100, track.sampleRate());
        assertEquals(12 * 44_100, track.samples().length);
    }

    @Test
    void the_track_is_loud_enough_to_hear_without_clipping() throws IOException {
        float[] samples = compose(hopefulBrief(), 8).samples();

        double rms = rms(samples, 44_100, samples.length - 44_100);
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue(rms > 0.05, "rms " + rms);
        assertTrue(peak < 0.95, "peak " + peak);
    }

    @Test
    void the_rhythm_follows_the_tempo_of_the_brief() throws IOException {
        double slow = beatsPerMinute(compose(brief("joyful", 90, "C major"), 12).samples());
        double fast = beatsPerMinute(compose(brief("joyful", 150, "C major"), 12).samples());

        assertTrue(onBeat(slow, 90), "pulse " + slow + " for 90 bpm");
        assertTrue(onBeat(fast, 150), "pulse " + fast + " for 150 bpm");
    }

    /** The strongest pulse is the beat, or the half-note when the kick plays on 1 and 3. */
    private static boolean onBeat(double pulse, int tempo) {
        return Math.abs(pulse - tempo) < tempo * 0.06
                || Math.abs(pulse - tempo / 2.0) < tempo * 0.03;
    }

    @Test
    void different_keys_give_different_music_and_the_same_brief_the_same_music()
            throws IOException {
        float[] c = compose(brief("calm", 80, "C major"), 4).samples();
        float[] again = compose(brief("calm", 80, "C major"), 4).samples();
        float[] fSharpMinor = compose(brief("calm", 80, "F# minor"), 4).samples();

        assertTrue(Arrays.equals(c, again));
        assertFalse(Arrays.equals(c, fSharpMinor));
    }

    @Test
    void the_track_fades_in_and_out() throws IOException {
        float[] samples = compose(hopefulBrief(), 10).samples();

        assertTrue(Math.abs(samples[0]) < 0.01);
        assertTrue(Math.abs(samples[samples.length - 1]) < 0.01);
    }

    @Test
    void a_cancelled_job_stops_the_composer() {
        ProviderCall cancelled = new ProviderCall() {
            @Override
            public java.util.Optional<String> resumeTaskId() {
                return java.util.Optional.empty();
            }

            @Override
            public void taskStarted(String providerTaskId) {
            }

            @Override
            public void progress(int percent) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };

        ProviderFailure failure = assertThrows(ProviderFailure.class, () -> composer.compose(
                new MusicRequest("T", hopefulBrief(), 5), cancelled));
        assertFalse(failure.isTransient());
    }

    private static double rms(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** The tempo read from the track: the strongest period of its loudness envelope. */
    private static double beatsPerMinute(float[] samples) {
        int hop = 441;
        double[] energy = new double[samples.length / hop];
        for (int i = 0; i < energy.length; i++) {
            energy[i] = rms(samples, i * hop, (i + 1) * hop);
        }
        double[] onset = new double[energy.length];
        for (int i = 1; i < energy.length; i++) {
            onset[i] = Math.max(0, energy[i] - energy[i - 1]);
        }
        int best = 0;
        double bestScore = -1;
        for (int lag = 25; lag <= 100; lag++) {
            double score = 0;
            for (int i = lag; i < onset.length; i++) {
                score += onset[i] * onset[i - lag];
            }
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return 60.0 / (best * hop / 44_100.0);
    }
}
