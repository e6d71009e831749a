package live.mymovie.adapters.ai.local;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;

/**
 * Pipes the rendered frames of a clip into ffmpeg as raw video and reads back an H.264 MP4
 * (yuv420p, moov atom first) that browsers play inline.
 */
final class FfmpegClipWriter {

    private static final System.Logger LOG = System.getLogger(FfmpegClipWriter.class.getName());

    private final LocalVideoSettings settings;

    FfmpegClipWriter(LocalVideoSettings settings) {
        this.settings = settings;
    }

    byte[] write(LocalVideoGenerator.Animation animation, ProviderCall call) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mymovie-clip");
            Path mp4 = dir.resolve("clip.mp4");
            Process ffmpeg = new ProcessBuilder(command(animation, mp4))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("ffmpeg.log").toFile())
                    .start();
            feed(ffmpeg, animation, call);
            finish(ffmpeg, dir);
            return Files.readAllBytes(mp4);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ffmpeg could not make a clip", e);
            throw new ProviderFailure(ProviderFailure.Kind.MISCONFIGURED,
                    "The local video engine could not animate this shot.",
                    "ffmpeg failed: " + e.getMessage(), null, null);
        } finally {
            TempFiles.deleteQuietly(dir);
        }
    }

    private List<String> command(LocalVideoGenerator.Animation animation, Path mp4) {
        return List.of(settings.ffmpeg().toString(), "-hide_banner", "-loglevel", "error",
                "-nostdin", "-y", "-f", "rawvideo", "-pix_fmt", "bgr24", "-s",
                animation.width() + "x" + animation.height(), "-r",
                Integer.toString(animation.fps()), "-i", "pipe:0", "-c:v", "libx264",
                "-preset", "superfast", "-crf", "23", "-pix_fmt", "yuv420p", "-movflags",
                "+faststart", "-an", mp4.toString());
    }

    private static void feed(Process ffmpeg, LocalVideoGenerator.Animation animation,
            ProviderCall call) throws IOException {
        BufferedImage target = animation.canvas();
        byte[] pixels = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        try (OutputStream in = ffmpeg.getOutputStream()) {
            for (int i = 0; i < animation.frames(); i++) {
                if (call.isCanceled()) {
                    ffmpeg.destroyForcibly();
                    Cancellation.stopIfCanceled(call);
                }
                animation.render(i, target);
                in.write(pixels);
                call.progress(95 * (i + 1) / animation.frames());
            }
        }
    }

    private void finish(Process ffmpeg, Path dir) throws IOException {
        try {
            if (!ffmpeg.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                ffmpeg.destroyForcibly();
                throw new IOException("ffmpeg took longer than " + settings.timeout());
            }
        } catch (InterruptedException e) {
            ffmpeg.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was encoding", e);
        }
        if (ffmpeg.exitValue() != 0) {
            throw new IOException("ffmpeg exited with " + ffmpeg.exitValue() + ": "
                    + Files.readString(dir.resolve("ffmpeg.log")).strip());
        }
    }
}
