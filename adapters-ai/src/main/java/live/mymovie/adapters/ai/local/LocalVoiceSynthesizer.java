package live.mymovie.adapters.ai.local;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.domain.creation.Provenance;

/**
 * Speaks the narration offline with espeak-ng, each line at the start of its shot, as one WAV.
 * Without espeak-ng it says so in the provenance and writes soft placeholder tones, one per
 * word, so the track still shows where the narration falls.
 */
public final class LocalVoiceSynthesizer implements VoiceSynthesizer {

    static final String MODEL = "espeak-ng";
    static final String NO_ENGINE = "no-speech-engine: espeak-ng not installed";
    static final int SAMPLE_RATE = 22_050;

    private static final System.Logger LOG = System.getLogger(
            LocalVoiceSynthesizer.class.getName());
    private static final double LEAD_IN = 0.3;
    private static final double PAUSE = 0.5;

    private final LocalVoiceSettings settings;

    public LocalVoiceSynthesizer(LocalVoiceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return Cancellation.PROVIDER;
    }

    @Override
    public GeneratedFile narrate(NarrationRequest request, ProviderCall call) {
        boolean engine = Files.isExecutable(settings.espeakNg());
        List<float[]> spoken = new ArrayList<>();
        for (NarrationLine line : request.lines()) {
            Cancellation.stopIfCanceled(call);
            spoken.add(engine ? speak(line.text()) : Placeholder.words(line.text(), SAMPLE_RATE));
            call.progress(90 * spoken.size() / Math.max(1, request.lines().size()));
        }
        float[] track = lay(request.lines(), spoken);

        String prompt = String.join("\n", request.lines().stream()
                .map(NarrationLine::text).toList());
        return new GeneratedFile(Wav.write(track, SAMPLE_RATE), Wav.CONTENT_TYPE,
                new Provenance(name(), engine ? MODEL : NO_ENGINE, prompt), null);
    }

    /** Places each line at the start of its shot, later if the previous line runs over. */
    private static float[] lay(List<NarrationLine> lines, List<float[]> spoken) {
        double[] starts = new double[lines.size()];
        double slot = 0;
        double end = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = Math.max(slot + LEAD_IN, i == 0 ? 0 : end + PAUSE);
            end = starts[i] + (double) spoken.get(i).length / SAMPLE_RATE;
            slot += Math.max(1, lines.get(i).shotSeconds());
        }
        float[] track = new float[(int) (Math.max(Math.max(slot, end + PAUSE), 1) * SAMPLE_RATE)];
        for (int i = 0; i < lines.size(); i++) {
            float[] line = spoken.get(i);
            int at = (int) (starts[i] * SAMPLE_RATE);
            System.arraycopy(line, 0, track, at, Math.min(line.length, track.length - at));
        }
        return track;
    }

    private float[] speak(String text) {
        if (text.isBlank()) {
            return new float[0];
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mymovie-voice");
            Path script = Files.writeString(dir.resolve("line.txt"), text,
                    StandardCharsets.UTF_8);
            Path wav = dir.resolve("line.wav");
            run(List.of(settings.espeakNg().toString(), "-v", SpeechVoices.forText(text), "-s",
                    Integer.toString(settings.wordsPerMinute()), "-w", wav.toString(), "-f",
                    script.toString()), dir);
            Wav.Track track = Wav.read(Files.readAllBytes(wav));
            return Resampling.to(track, SAMPLE_RATE);
        } catch (IOException e) {
            throw engineFailure("espeak-ng could not write the narration", e);
        } finally {
            TempFiles.deleteQuietly(dir);
        }
    }

    private void run(List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("espeak.log").toFile())
                .start();
        try {
            if (!process.waitFor(settings.lineTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + settings.lineTimeout());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng was speaking", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("espeak-ng exited with " + process.exitValue() + ": "
                    + Files.readString(dir.resolve("espeak.log")).strip());
        }
    }

    private static ProviderFailure engineFailure(String detail, Exception cause) {
        LOG.log(Level.WARNING, detail, cause);
        return new ProviderFailure(ProviderFailure.Kind.MISCONFIGURED,
                "The local voice engine could not record the narration.",
                detail + ": " + cause.getMessage(), null, null);
    }
}
