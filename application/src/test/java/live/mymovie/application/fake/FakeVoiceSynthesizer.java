package live.mymovie.application.fake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.Provenance;

/** An in-memory voice synthesizer: a tone as long as the shots, or a failure. */
public final class FakeVoiceSynthesizer extends ScriptedProvider<FakeVoiceSynthesizer>
        implements VoiceSynthesizer {

    private static final float RATE = 8000f;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public synchronized GeneratedFile narrate(NarrationRequest request, ProviderCall call) {
        answerCall();
        int seconds = request.lines().stream().mapToInt(NarrationLine::shotSeconds).sum();
        int samples = (int) (Math.max(1, seconds) * RATE);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short value = (short) (3000 * Math.sin(2 * Math.PI * 220 * i / RATE));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return new GeneratedFile(wav(pcm), "audio/wav",
                new Provenance(name(), "fake-voice", String.join(" ",
                        request.lines().stream().map(NarrationLine::text).toList())), null);
    }

    private static byte[] wav(byte[] pcm) {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(
                new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
