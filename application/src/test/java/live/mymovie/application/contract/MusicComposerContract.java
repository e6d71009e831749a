package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.MusicComposer.MusicRequest;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.MusicBrief;

/** What every music composer must do, whichever provider stands behind it. */
public abstract class MusicComposerContract {

    protected abstract MusicComposer subject();

    protected static MusicBrief hopefulBrief() {
        return new MusicBrief("hopeful", "orchestral pop", 100, "C major",
                List.of("piano", "strings"));
    }

    @Test
    void a_soundtrack_is_audio() {
        GeneratedFile track = subject().compose(
                new MusicRequest("The Keeper", hopefulBrief(), 6), ProviderCall.detached());

        assertTrue(track.contentType().startsWith("audio/"), track.contentType());
        assertTrue(track.bytes().length > 1000, "the track is too small to hold music");
    }

    @Test
    void a_wav_soundtrack_plays_and_is_not_silent() throws Exception {
        GeneratedFile track = subject().compose(
                new MusicRequest("The Keeper", hopefulBrief(), 6), ProviderCall.detached());
        if (!track.contentType().contains("wav")) {
            return;
        }

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(
                new ByteArrayInputStream(track.bytes()))) {
            AudioFormat format = audio.getFormat();
            assertTrue(audio.getFrameLength() / format.getFrameRate() > 1.0, "shorter than 1 s");
            assertTrue(hasSound(audio.readAllBytes()), "the track is silent");
        }
    }

    @Test
    void a_soundtrack_says_who_made_it() {
        GeneratedFile track = subject().compose(
                new MusicRequest("The Keeper", hopefulBrief(), 6), ProviderCall.detached());

        assertEquals(subject().name(), track.provenance().provider());
        assertFalse(track.provenance().model().isBlank(), "provenance names no model");
    }

    private static boolean hasSound(byte[] pcm) {
        for (byte b : pcm) {
            if (Math.abs(b) > 4) {
                return true;
            }
        }
        return false;
    }
}
