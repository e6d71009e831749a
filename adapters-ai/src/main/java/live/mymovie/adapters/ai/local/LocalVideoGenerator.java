package live.mymovie.adapters.ai.local;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import live.mymovie.adapters.ai.imaging.ImageCodec;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.domain.creation.Provenance;

/**
 * Animates a storyboard frame offline with the camera move its direction names: an H.264
 * MP4 through ffmpeg when it is installed, else an animated GIF written by ImageIO.
 */
public final class LocalVideoGenerator implements VideoGenerator {

    static final String MP4_MODEL = "local-camera-motion-1 (ffmpeg h264)";
    static final String GIF_MODEL = "local-camera-motion-1 (gif)";
    static final int MIN_SECONDS = 2;

    private static final System.Logger LOG = System.getLogger(
            LocalVideoGenerator.class.getName());

    private final LocalVideoSettings settings;
    private final AtomicBoolean toldAboutGif = new AtomicBoolean();

    public LocalVideoGenerator(LocalVideoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return Cancellation.PROVIDER;
    }

    @Override
    public GeneratedFile animate(ClipRequest request, ProviderCall call) {
        Cancellation.stopIfCanceled(call);
        BufferedImage frame = ImageCodec.decode(request.frame().bytes())
                .orElseThrow(() -> ProviderFailure.rejected(
                        "The storyboard frame of shot " + request.shot().number()
                                + " could not be read; draw it again."));
        CameraMotion motion = CameraMotion.of(request.shot().camera());
        int seconds = Math.max(MIN_SECONDS, request.durationSeconds());
        String prompt = request.shot().camera() + " ("
                + motion.name().toLowerCase(Locale.ROOT) + ")";

        if (Files.isExecutable(settings.ffmpeg())) {
            byte[] mp4 = new FfmpegClipWriter(settings).write(
                    new Animation(frame, motion, seconds, settings.framesPerSecond(),
                            settings.maxWidth()), call);
            return new GeneratedFile(mp4, "video/mp4", new Provenance(name(), MP4_MODEL, prompt),
                    null);
        }
        if (!toldAboutGif.getAndSet(true)) {
            LOG.log(Level.INFO, "ffmpeg is not at {0}; local clips are animated GIFs",
                    settings.ffmpeg());
        }
        byte[] gif = GifClipWriter.write(new Animation(frame, motion, seconds,
                settings.gifFramesPerSecond(), settings.gifWidth()), call);
        return new GeneratedFile(gif, "image/gif", new Provenance(name(), GIF_MODEL, prompt),
                null);
    }

    /** A still frame, the camera move over it, and the size and timing of the clip. */
    record Animation(BufferedImage still, CameraMotion motion, int seconds, int fps,
            int maxWidth) {

        Animation {
            still = ImageCodec.convert(still, BufferedImage.TYPE_3BYTE_BGR);
        }

        int width() {
            return even(Math.min(maxWidth, still.getWidth()));
        }

        int height() {
            return even((int) Math.round((double) width() * still.getHeight()
                    / still.getWidth()));
        }

        int frames() {
            return seconds * fps;
        }

        /** A BGR image of the clip's size to render frames into. */
        BufferedImage canvas() {
            return new BufferedImage(width(), height(), BufferedImage.TYPE_3BYTE_BGR);
        }

        /** Draws frame {@code index} into {@code target}, made by {@link #canvas()}. */
        void render(int index, BufferedImage target) {
            double progress = frames() == 1 ? 1 : (double) index / (frames() - 1);
            FrameScaler.draw(still, motion.at(progress, still.getWidth(), still.getHeight(),
                    target.getWidth(), target.getHeight()), target);
        }

        private static int even(int value) {
            return Math.max(2, value - value % 2);
        }
    }
}
