package live.mymovie.adapters.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.adapters.ai.imaging.ImageCodec;
import live.mymovie.application.contract.VideoGeneratorContract;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VideoGenerator.ClipRequest;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

/** Needs Debian's ffmpeg installed, as CI has it; the GIF fallback is tested too. */
class LocalVideoGeneratorTest extends VideoGeneratorContract {

    @TempDir
    Path dir;

    private final LocalVideoGenerator video =
            new LocalVideoGenerator(LocalVideoSettings.defaults());
    private final LocalVideoGenerator gifOnly = new LocalVideoGenerator(new LocalVideoSettings(
            Path.of("/nonexistent/ffmpeg"), 24, 1280, 10, 320, Duration.ofMinutes(1)));

    @Override
    protected VideoGenerator subject() {
        return video;
    }

    private static ShotScript shot(String camera, int seconds) {
        return new ShotScript(ShotNumber.of(1), "The harbour.", camera, seconds, "", List.of(),
                null);
    }

    @Test
    void ffmpeg_is_installed_on_this_machine() {
        assertTrue(Files.isExecutable(LocalVideoSettings.defaults().ffmpeg()),
                "install Debian's ffmpeg: apt-get install ffmpeg");
    }

    @Test
    void the_clip_is_an_h264_yuv420p_mp4_that_starts_playing_before_it_is_all_loaded()
            throws Exception {
        GeneratedFile clip = video.animate(new ClipRequest(shot("Close-up", 3),
                storyboardFrame(1280, 720), 3), ProviderCall.detached());

        assertEquals("video/mp4", clip.contentType());
        String probe = ffprobe(Files.write(dir.resolve("clip.mp4"), clip.bytes()));
        assertTrue(probe.contains("codec_name=h264"), probe);
        assertTrue(probe.contains("pix_fmt=yuv420p"), probe);
        assertTrue(probe.contains("width=1280") && probe.contains("height=720"), probe);
        double seconds = Double.parseDouble(probe.replaceAll("(?s).*duration=([0-9.]+).*", "$1"));
        assertEquals(3.0, seconds, 0.1);
        List<String> boxes = topLevelBoxes(clip.bytes());
        assertTrue(boxes.indexOf("moov") < boxes.indexOf("mdat"), "moov after mdat: " + boxes);
    }

    @Test
    void a_clip_lasts_at_least_two_seconds() throws Exception {
        GeneratedFile clip = gifOnly.animate(new ClipRequest(shot("Medium shot", 1),
                storyboardFrame(640, 360), 1), ProviderCall.detached());

        assertTrue(gifSeconds(clip.bytes()) >= 2.0);
    }

    @Test
    void without_ffmpeg_the_clip_is_a_looping_animated_gif() throws Exception {
        GeneratedFile clip = gifOnly.animate(new ClipRequest(shot("Pan left to right", 3),
                storyboardFrame(640, 360), 3), ProviderCall.detached());

        assertEquals("image/gif", clip.contentType());
        assertEquals(LocalVideoGenerator.GIF_MODEL, clip.provenance().model());
        assertEquals(3.0, gifSeconds(clip.bytes()), 0.05);
        assertEquals(320, gifFrames(clip.bytes()).get(0).getWidth());
    }

    @Test
    void a_pan_left_to_right_moves_the_view_from_the_left_side_to_the_right()
            throws Exception {
        List<BufferedImage> frames = gifFrames(gifOnly.animate(new ClipRequest(
                shot("Pan left to right", 2), halves(), 2), ProviderCall.detached()).bytes());

        BufferedImage first = frames.get(0);
        BufferedImage last = frames.get(frames.size() - 1);
        assertTrue(redShare(first) > redShare(last) + 0.05,
                "red share " + redShare(first) + " then " + redShare(last));
    }

    @Test
    void a_close_up_zooms_in_on_the_frame() throws Exception {
        List<BufferedImage> frames = gifFrames(gifOnly.animate(new ClipRequest(
                shot("Close-up, slow zoom in", 2), target(), 2), ProviderCall.detached())
                .bytes());

        double before = redShare(frames.get(0));
        double after = redShare(frames.get(frames.size() - 1));
        assertTrue(after > before * 1.3, "red spot " + before + " then " + after);
    }

    @Test
    void the_camera_move_follows_the_words_of_the_direction() {
        assertEquals(CameraMotion.PAN_RIGHT, CameraMotion.of("Pan left to right"));
        assertEquals(CameraMotion.PAN_LEFT, CameraMotion.of("Pan right to left"));
        assertEquals(CameraMotion.PAN_LEFT, CameraMotion.of("slow pan left"));
        assertEquals(CameraMotion.ZOOM_IN, CameraMotion.of("Close-up, slow zoom in"));
        assertEquals(CameraMotion.ZOOM_OUT, CameraMotion.of("Wide shot, slow zoom out"));
        assertEquals(CameraMotion.PUSH_IN, CameraMotion.of("Medium shot"));
    }

    private static ReferenceImage halves() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 320, 360);
        g.setColor(Color.BLUE);
        g.fillRect(320, 0, 320, 360);
        g.dispose();
        return new ReferenceImage(ReferenceKind.LOCATION, "f", "image/png", ImageCodec.png(image));
    }

    private static ReferenceImage target() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 360);
        g.setColor(Color.RED);
        g.fillOval(270, 150, 100, 100);
        g.dispose();
        return new ReferenceImage(ReferenceKind.LOCATION, "f", "image/png", ImageCodec.png(image));
    }

    private static double redShare(BufferedImage image) {
        long red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 180 && c.getGreen() < 80 && c.getBlue() < 80) {
                    red++;
                }
            }
        }
        return (double) red / (image.getWidth() * image.getHeight());
    }

    private static List<BufferedImage> gifFrames(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            List<BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }

    private static double gifSeconds(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            int hundredths = 0;
            for (int i = 0; i < reader.getNumImages(true); i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root
                        .getElementsByTagName("GraphicControlExtension").item(0);
                hundredths += Integer.parseInt(control.getAttribute("delayTime"));
            }
            return hundredths / 100.0;
        } finally {
            reader.dispose();
        }
    }

    private static String ffprobe(Path file) throws Exception {
        Path ffprobe = LocalVideoSettings.defaults().ffmpeg().resolveSibling("ffprobe");
        Process process = new ProcessBuilder(ffprobe.toString(), "-v", "error",
                "-show_entries", "stream=codec_name,pix_fmt,width,height:format=duration",
                "-of", "default=noprint_wrappers=1", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private static List<String> topLevelBoxes(byte[] mp4) {
        List<String> boxes = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(mp4);
        int at = 0;
        while (at + 8 <= mp4.length) {
            long size = Integer.toUnsignedLong(buffer.getInt(at));
            boxes.add(new String(mp4, at + 4, 4, StandardCharsets.ISO_8859_1));
            if (size == 1) {
                size = buffer.getLong(at + 8);
            }
            if (size < 8) {
                break;
            }
            at += (int) size;
        }
        return boxes;
    }
}
