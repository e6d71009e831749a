package live.mymovie.adapters.ai.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Turns mono samples from -1 to 1 into a 16-bit PCM WAV file, and reads one back. */
final class Wav {

    static final String CONTENT_TYPE = "audio/wav";

    private Wav() {
    }

    /** Mono samples and their rate. */
    record Track(float[] samples, int sampleRate) {
    }

    static byte[] write(float[] samples, int sampleRate) {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int value = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                samples.length)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a 16-bit PCM WAV; a stereo file is mixed down to mono. */
    static Track read(byte[] bytes) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(
                new ByteArrayInputStream(bytes))) {
            AudioFormat format = in.getFormat();
            if (format.getSampleSizeInBits() != 16) {
                throw new IOException("Only 16-bit WAV is read: " + format);
            }
            return new Track(samples(in.readAllBytes(), format), (int) format.getSampleRate());
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(e);
        }
    }

    private static float[] samples(byte[] pcm, AudioFormat format) {
        int channels = format.getChannels();
        boolean big = format.isBigEndian();
        float[] samples = new float[pcm.length / (2 * channels)];
        for (int i = 0; i < samples.length; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                int lo = pcm[big ? at + 1 : at] & 0xff;
                int hi = pcm[big ? at : at + 1];
                sum += (short) ((hi << 8) | lo) / 32768f;
            }
            samples[i] = sum / channels;
        }
        return samples;
    }
}
