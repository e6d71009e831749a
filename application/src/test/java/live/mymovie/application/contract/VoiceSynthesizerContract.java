package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationRequest;

/** What every voice synthesizer must do, whichever provider stands behind it. */
public abstract class VoiceSynthesizerContract {

    protected abstract VoiceSynthesizer subject();

    protected static NarrationRequest twoLines() {
        return new NarrationRequest(List.of(
                new NarrationLine(1, "Mara climbs the stairs at dusk.", 3),
                new NarrationLine(2, "The lamp shines over the sea.", 3)));
    }

    @Test
    void a_voiceover_is_audio() {
        GeneratedFile track = subject().narrate(twoLines(), ProviderCall.detached());

        assertTrue(track.contentType().startsWith("audio/"), track.contentType());
        assertTrue(track.bytes().length > 1000, "the track is too small to hold speech");
    }

    @Test
    void a_wav_voiceover_lasts_about_as_long_as_its_shots() throws Exception {
        GeneratedFile track = subject().narrate(twoLines(), ProviderCall.detached());
        if (!track.contentType().contains("wav")) {
            return;
        }

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(
                new ByteArrayInputStream(track.bytes()))) {
            double seconds = audio.getFrameLength() / audio.getFormat().getFrameRate();
            assertTrue(seconds >= 1.0 && seconds <= 30.0, "lasts " + seconds + " s");
        }
    }

    @Test
    void a_voiceover_says_who_made_it() {
        GeneratedFile track = subject().narrate(twoLines(), ProviderCall.detached());

        assertEquals(subject().name(), track.provenance().provider());
        assertFalse(track.provenance().model().isBlank(), "provenance names no model");
    }
}
