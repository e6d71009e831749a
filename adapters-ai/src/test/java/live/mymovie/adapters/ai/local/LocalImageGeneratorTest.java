package live.mymovie.adapters.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.ImageGeneratorContract;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

class LocalImageGeneratorTest extends ImageGeneratorContract {

    private final LocalImageGenerator generator =
            new LocalImageGenerator(LocalFrameSettings.defaults());

    @Override
    protected ImageGenerator subject() {
        return generator;
    }

    private static final ReferenceImage MARA =
            referencePhoto(ReferenceKind.CAST, "Mara", Color.MAGENTA);
    private static final ReferenceImage LIGHTHOUSE =
            referencePhoto(ReferenceKind.LOCATION, "Lighthouse", Color.CYAN);

    private BufferedImage frame(ShotScript shot, List<ReferenceImage> references) {
        GeneratedFile file = generator.drawFrame(
                new FrameRequest("The Keeper", shot, references, 0, 0), ProviderCall.detached());
        assertEquals("image/png", file.contentType());
        return decode(file);
    }

    private static ShotScript shot(String description, String camera) {
        return new ShotScript(ShotNumber.of(3), description, camera, 4, description,
                List.of("Mara"), "Lighthouse");
    }

    @Test
    void a_frame_is_a_1280_by_720_png_by_default() {
        BufferedImage image = frame(lighthouseShot(), List.of(MARA, LIGHTHOUSE));

        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    @Test
    void the_cast_photo_appears_in_the_frame() {
        BufferedImage image = frame(lighthouseShot(), List.of(MARA, LIGHTHOUSE));

        double share = share(image, 0, 0, 1280, 720, Color.MAGENTA);
        assertTrue(share > 0.05, "only " + share + " of the frame shows the cast photo");
    }

    @Test
    void a_close_up_shows_the_face_larger_than_a_wide_shot() {
        BufferedImage close = frame(shot("Mara smiles.", "Close-up"), List.of(MARA, LIGHTHOUSE));
        BufferedImage wide = frame(shot("Mara smiles.", "Wide shot"), List.of(MARA, LIGHTHOUSE));

        assertTrue(share(close, 0, 0, 1280, 720, Color.MAGENTA)
                > 3 * share(wide, 0, 0, 1280, 720, Color.MAGENTA));
    }

    @Test
    void the_location_photo_fills_the_backdrop() {
        BufferedImage image = frame(lighthouseShot(), List.of(MARA, LIGHTHOUSE));

        assertTrue(share(image, 0, 100, 300, 400, Color.CYAN) > 0.95, "left side is not cyan");
    }

    @Test
    void without_a_location_photo_a_backdrop_is_drawn() {
        BufferedImage image = frame(lighthouseShot(), List.of(MARA));

        assertTrue(distinctColours(image, 0, 0, 1280, 500) > 20, "the backdrop is flat");
    }

    @Test
    void the_caption_is_written_in_light_text_on_a_dark_band_at_the_bottom() {
        BufferedImage captioned = frame(shot("Mara lights the lamp.", "Medium shot"),
                List.of(LIGHTHOUSE));

        double light = share(captioned, 0, 640, 1280, 80, Color.WHITE);
        double dark = darkShare(captioned, 0, 640, 1280, 80);
        assertTrue(light > 0.02 && light < 0.4, "caption text share " + light);
        assertTrue(dark > 0.3, "caption band share " + dark);
        assertTrue(share(captioned, 0, 300, 1280, 100, Color.WHITE) < 0.01,
                "white text outside the caption band");
    }

    @Test
    void a_long_caption_wraps_onto_more_lines_within_the_frame() {
        String longText = "Mara climbs the winding stairs of the old lighthouse while the storm "
                + "rattles every window and the sea crashes far below on the black rocks.";

        BufferedImage one = frame(shot("Mara.", "Medium shot"), List.of(LIGHTHOUSE));
        BufferedImage many = frame(shot(longText, "Medium shot"), List.of(LIGHTHOUSE));

        assertTrue(bandTop(many) < bandTop(one) - 30, "the band did not grow for more lines");
        assertTrue(share(many, 1240, 560, 40, 160, Color.WHITE) < 0.02, "text runs off the side");
    }

    @Test
    void chinese_and_arabic_captions_are_drawn_with_real_glyphs() {
        BufferedImage cjk = frame(shot("小明在公园里跑步，遇见了一只猫。", "Medium shot"),
                List.of(LIGHTHOUSE));
        BufferedImage arabic = frame(shot("ذهبت ليلى إلى البحر ورأت قاربا صغيرا.", "Medium shot"),
                List.of(LIGHTHOUSE));

        assertTrue(share(cjk, 0, 620, 1280, 100, Color.WHITE) > 0.02, "no CJK text drawn");
        assertTrue(share(arabic, 0, 620, 1280, 100, Color.WHITE) > 0.01, "no Arabic text drawn");
        assertTrue(new CaptionPainter(LocalFrameSettings.defaults().fontFamilies(), 20f)
                .lines("小明", cjk.createGraphics().getFontRenderContext(), 500, 1).get(0)
                .getAdvance() > 30, "CJK glyphs have no width: no font has them");
    }

    @Test
    void an_emoji_caption_does_not_break_the_frame() {
        BufferedImage image = frame(shot("🐉🔥 Mara 🏰", "Pan left to right"),
                List.of(MARA, LIGHTHOUSE));

        assertEquals(1280, image.getWidth());
    }

    @Test
    void a_frame_is_labelled_a_local_preview() {
        GeneratedFile file = generator.drawFrame(new FrameRequest("The Keeper", lighthouseShot(),
                List.of(), 640, 360), ProviderCall.detached());

        assertEquals("local", file.provenance().provider());
        assertEquals(LocalImageGenerator.MODEL, file.provenance().model());
    }

    private static double share(BufferedImage image, int x0, int y0, int w, int h, Color c) {
        long near = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color p = new Color(image.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 40) {
                    near++;
                }
            }
        }
        return (double) near / (w * h);
    }

    /** Share of pixels darker than the cyan backdrop could ever be. */
    private static double darkShare(BufferedImage image, int x0, int y0, int w, int h) {
        long dark = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color p = new Color(image.getRGB(x, y));
                if (0.299 * p.getRed() + 0.587 * p.getGreen() + 0.114 * p.getBlue() < 100) {
                    dark++;
                }
            }
        }
        return (double) dark / (w * h);
    }

    private static long distinctColours(BufferedImage image, int x0, int y0, int w, int h) {
        return java.util.stream.IntStream.range(0, w * h)
                .map(i -> image.getRGB(x0 + i % w, y0 + i / w))
                .distinct().count();
    }

    /** The first row from the top, along the left margin, where the dark band starts. */
    private static int bandTop(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            if (darkShare(image, 0, y, 8, 1) > 0.5) {
                return y;
            }
        }
        return image.getHeight();
    }
}
