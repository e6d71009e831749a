package live.mymovie.adapters.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.VoiceSynthesizerContract;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationRequest;

/** Needs Debian's espeak-ng installed, as CI has it; the no-engine case is tested too. */
class LocalVoiceSynthesizerTest extends VoiceSynthesizerContract {

    private static final int RATE = LocalVoiceSynthesizer.SAMPLE_RATE;

    private final LocalVoiceSynthesizer voice =
            new LocalVoiceSynthesizer(LocalVoiceSettings.defaults());

    @Override
    protected VoiceSynthesizer subject() {
        return voice;
    }

    private static NarrationRequest lines(String first, String second) {
        return new NarrationRequest(List.of(new NarrationLine(1, first, 4),
                new NarrationLine(2, second, 4)));
    }

    @Test
    void espeak_ng_is_installed_on_this_machine() {
        assertTrue(Files.isExecutable(LocalVoiceSettings.defaults().espeakNg()),
                "install Debian's espeak-ng: apt-get install espeak-ng");
    }

    @Test
    void each_line_is_spoken_at_the_start_of_its_shot_with_silence_between()
            throws IOException {
        GeneratedFile file = voice.narrate(lines("Hello there.", "Goodbye now."),
                ProviderCall.detached());
        float[] track = Wav.read(file.bytes()).samples();

        assertEquals(LocalVoiceSynthesizer.MODEL, file.provenance().model());
        assertTrue(rms(track, 0, 0.25) < 0.001, "sound before the first line");
        assertTrue(rms(track, 0.3, 1.2) > 0.02, "the first line is silent");
        assertTrue(rms(track, 3.6, 4.25) < 0.001, "no pause between the shots");
        assertTrue(rms(track, 4.3, 5.2) > 0.02, "the second line is silent");
        assertTrue(track.length >= 8 * RATE, "shorter than the two shots");
    }

    @Test
    void a_long_line_pushes_the_next_one_later_instead_of_overlapping() throws IOException {
        String longLine = "This narration is much too long to fit into the single second "
                + "that its shot lasts, so the next line must wait for it to end.";
        NarrationRequest request = new NarrationRequest(List.of(
                new NarrationLine(1, longLine, 1), new NarrationLine(2, "Then this.", 1)));

        float[] track = Wav.read(voice.narrate(request, ProviderCall.detached()).bytes())
                .samples();

        assertTrue(track.length > 4 * RATE, "the long line was cut");
    }

    @Test
    void a_chinese_line_is_spoken_with_a_chinese_voice() throws IOException {
        float[] track = Wav.read(voice.narrate(lines("小明在公园里跑步。", "猫跟着他回家了。"),
                ProviderCall.detached()).bytes()).samples();

        assertEquals("cmn", SpeechVoices.forText("小明在公园里跑步。"));
        assertTrue(rms(track, 0.3, 1.2) > 0.02, "the Chinese line is silent");
    }

    @Test
    void voices_follow_the_script_of_the_line() {
        assertEquals("en", SpeechVoices.forText("The lamp shines."));
        assertEquals("ar", SpeechVoices.forText("ذهبت ليلى إلى البحر."));
        assertEquals("ja", SpeechVoices.forText("猫がいます。"));
        assertEquals("ru", SpeechVoices.forText("Кот спит."));
        assertEquals("en", SpeechVoices.forText("🐉🔥"));
    }

    @Test
    void without_an_engine_the_track_says_so_and_still_marks_each_line() throws IOException {
        LocalVoiceSynthesizer mute = new LocalVoiceSynthesizer(new LocalVoiceSettings(
                Path.of("/nonexistent/espeak-ng"), 155, Duration.ofSeconds(5)));

        GeneratedFile file = mute.narrate(lines("Hello there.", "Goodbye now."),
                ProviderCall.detached());
        Wav.Track track = Wav.read(file.bytes());

        assertEquals("no-speech-engine: espeak-ng not installed", file.provenance().model());
        assertEquals("audio/wav", file.contentType());
        assertTrue(track.samples().length >= 8 * RATE);
        assertTrue(rms(track.samples(), 0.3, 0.8) > 0.02, "no placeholder for the first line");
        assertTrue(rms(track.samples(), 4.3, 4.8) > 0.02, "no placeholder for the second line");
    }

    private static double rms(float[] samples, double fromSeconds, double toSeconds) {
        int from = (int) (fromSeconds * RATE);
        int to = Math.min(samples.length, (int) (toSeconds * RATE));
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
