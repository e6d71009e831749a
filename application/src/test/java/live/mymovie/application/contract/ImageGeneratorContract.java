package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

/** What every image generator must do, whichever provider stands behind it. */
public abstract class ImageGeneratorContract {

    protected abstract ImageGenerator subject();

    /** A shot of Mara at the Lighthouse, as a planner would write it. */
    protected static ShotScript lighthouseShot() {
        return new ShotScript(ShotNumber.of(2), "Mara lights the great lamp of the Lighthouse.",
                "Medium shot", 4, "Mara lights the lamp.", List.of("Mara"), "Lighthouse");
    }

    /** A plain photo of one colour, encoded as PNG, standing in for an upload. */
    protected static ReferenceImage referencePhoto(ReferenceKind kind, String name, Color colour) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        return new ReferenceImage(kind, name, "image/png", png(image));
    }

    protected static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static BufferedImage decode(GeneratedFile file) {
        try {
            return ImageIO.read(new ByteArrayInputStream(file.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GeneratedFile draw(int width, int height) {
        FrameRequest request = new FrameRequest("The Keeper", lighthouseShot(), List.of(
                referencePhoto(ReferenceKind.CAST, "Mara", Color.MAGENTA),
                referencePhoto(ReferenceKind.LOCATION, "Lighthouse", Color.CYAN)),
                width, height);
        return subject().drawFrame(request, ProviderCall.detached());
    }

    @Test
    void a_frame_decodes_as_an_image_of_the_requested_ratio() {
        GeneratedFile frame = draw(1280, 720);

        BufferedImage image = decode(frame);
        assertNotNull(image, "the frame does not decode as an image");
        assertTrue(frame.contentType().startsWith("image/"), frame.contentType());
        assertEquals(1280.0 / 720, (double) image.getWidth() / image.getHeight(), 0.03);
    }

    @Test
    void a_portrait_frame_is_taller_than_wide() {
        BufferedImage image = decode(draw(720, 1280));

        assertNotNull(image, "the frame does not decode as an image");
        assertTrue(image.getHeight() > image.getWidth(), "the frame is not portrait");
    }

    @Test
    void a_frame_says_who_made_it() {
        GeneratedFile frame = draw(1280, 720);

        assertEquals(subject().name(), frame.provenance().provider());
        assertFalse(frame.provenance().model().isBlank(), "provenance names no model");
    }
}
