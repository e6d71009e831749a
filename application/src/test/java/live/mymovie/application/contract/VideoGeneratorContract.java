package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VideoGenerator.ClipRequest;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

/** What every video generator must do, whichever provider stands behind it. */
public abstract class VideoGeneratorContract {

    protected abstract VideoGenerator subject();

    /** A storyboard frame of the given size: a sky gradient over a dark ground. */
    protected static ReferenceImage storyboardFrame(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new ReferenceImage(ReferenceKind.LOCATION, "frame", "image/png",
                    out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static ShotScript panShot(int seconds) {
        return new ShotScript(ShotNumber.of(1), "The harbour at dawn.", "Pan left to right",
                seconds, "The harbour wakes.", List.of(), null);
    }

    @Test
    void a_clip_is_a_non_empty_video_or_animated_image() {
        ClipRequest request = new ClipRequest(panShot(2), storyboardFrame(640, 360), 2);

        GeneratedFile clip = subject().animate(request, ProviderCall.detached());

        assertTrue(clip.bytes().length > 0);
        assertTrue(clip.contentType().startsWith("video/")
                || clip.contentType().startsWith("image/"), clip.contentType());
    }

    @Test
    void a_clip_says_who_made_it() {
        ClipRequest request = new ClipRequest(panShot(2), storyboardFrame(640, 360), 2);

        GeneratedFile clip = subject().animate(request, ProviderCall.detached());

        assertEquals(subject().name(), clip.provenance().provider());
        assertFalse(clip.provenance().model().isBlank(), "provenance names no model");
    }
}
