package live.mymovie.adapters.ai.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.port.out.PhotoInspector.CleanPhoto;
import live.mymovie.domain.Refusal;

class ImageIoPhotoInspectorTest {

    @TempDir
    Path dir;

    private final ImageIoPhotoInspector inspector =
            new ImageIoPhotoInspector(PhotoInspectorSettings.defaults());

    private CleanPhoto clean(byte[] bytes) throws IOException {
        Path upload = Files.write(dir.resolve("upload.bin"), bytes);
        return inspector.clean(upload);
    }

    @Test
    void a_portrait_jpeg_with_orientation_six_comes_back_upright_without_any_exif()
            throws IOException {
        BufferedImage landscape = halves(200, 100, Color.RED, Color.BLUE);
        byte[] upload = withSegments(ImageCodec.jpeg(landscape, 0.95f),
                exifSegment(6), commentSegment("private comment"));

        CleanPhoto photo = clean(upload);

        assertEquals("image/jpeg", photo.contentType());
        assertEquals(100, photo.width());
        assertEquals(200, photo.height());
        BufferedImage upright = ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes()));
        assertEquals(100, upright.getWidth());
        assertTrue(isNear(upright.getRGB(50, 20), Color.RED), "red is not on top");
        assertTrue(isNear(upright.getRGB(50, 180), Color.BLUE), "blue is not at the bottom");
        assertFalse(contains(photo.bytes(), "Exif"), "EXIF kept");
        assertFalse(contains(photo.bytes(), "SN-4471"), "camera serial kept");
        assertFalse(contains(photo.bytes(), "private comment"), "comment kept");
        assertFalse(hasJpegSegment(photo.bytes(), 0xE1), "an APP1 segment is left");
        assertFalse(hasJpegSegment(photo.bytes(), 0xFE), "a comment segment is left");
    }

    @Test
    void a_png_with_alpha_stays_a_png_with_its_transparency_and_without_its_text()
            throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 20, 30);
        g.dispose();
        byte[] upload = withPngText(png(image), "Author", "Jane Private");

        CleanPhoto photo = clean(upload);

        assertEquals("image/png", photo.contentType());
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes()));
        assertTrue(back.getColorModel().hasAlpha());
        assertEquals(0, back.getRGB(30, 10) >>> 24, "the transparent half became opaque");
        assertEquals(0xff00ff00, back.getRGB(5, 10));
        assertFalse(contains(photo.bytes(), "Jane Private"), "text chunk kept");
    }

    @Test
    void a_webp_is_accepted_and_stored_as_jpeg() throws IOException {
        CleanPhoto photo = clean(resource("lossy-64x48.webp"));

        assertEquals("image/jpeg", photo.contentType());
        assertEquals(64, photo.width());
        assertEquals(48, photo.height());
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes())) != null);
    }

    @Test
    void a_webp_with_alpha_is_stored_as_png() throws IOException {
        CleanPhoto photo = clean(resource("alpha-64x48.webp"));

        assertEquals("image/png", photo.contentType());
        BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(photo.bytes()));
        int alpha = back.getRGB(10, 10) >>> 24;
        assertTrue(alpha > 100 && alpha < 160, "alpha " + alpha);
    }

    @Test
    void a_heic_photo_is_refused_with_the_accepted_types_named() {
        byte[] heic = new byte[64];
        byte[] header = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(
                StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, heic, 0, header.length);

        Refusal.UnsupportedMedia refusal = assertThrows(Refusal.UnsupportedMedia.class,
                () -> clean(heic));

        assertTrue(refusal.getMessage().contains("JPEG, PNG or WebP"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("HEIC"), refusal.getMessage());
    }

    @Test
    void an_svg_with_a_script_is_refused() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(document.cookie)</script></svg>").getBytes(
                StandardCharsets.UTF_8);

        Refusal.UnsupportedMedia refusal = assertThrows(Refusal.UnsupportedMedia.class,
                () -> clean(svg));

        assertTrue(refusal.getMessage().contains("SVG"), refusal.getMessage());
    }

    @Test
    void a_gif_is_refused_even_when_named_like_a_jpeg() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(halves(20, 20, Color.RED, Color.BLUE), "gif", gif);
        Path upload = Files.write(dir.resolve("holiday.jpg"), gif.toByteArray());

        assertThrows(Refusal.UnsupportedMedia.class, () -> inspector.clean(upload));
    }

    @Test
    void a_text_file_is_refused() {
        assertThrows(Refusal.UnsupportedMedia.class,
                () -> clean("just some words".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_png_header_of_ten_billion_pixels_is_refused_before_decoding() {
        byte[] huge = pngHeaderOnly(100_000, 100_000);

        Refusal.InvalidInput refusal = assertThrows(Refusal.InvalidInput.class,
                () -> clean(huge));

        assertEquals("photo", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().contains("100000 x 100000"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("limit is 40 megapixels"),
                refusal.getMessage());
    }

    @Test
    void the_pixel_limit_comes_from_the_settings() throws IOException {
        ImageIoPhotoInspector strict = new ImageIoPhotoInspector(
                new PhotoInspectorSettings(1_000, 0.9f));
        Path upload = Files.write(dir.resolve("small.png"),
                png(halves(40, 30, Color.RED, Color.BLUE)));

        assertThrows(Refusal.InvalidInput.class, () -> strict.clean(upload));
        assertEquals(40, inspector.clean(upload).width());
    }

    @Test
    void a_truncated_jpeg_is_refused_as_damaged() throws IOException {
        byte[] whole = ImageCodec.jpeg(noise(300, 200), 0.9f);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        Refusal.InvalidInput refusal = assertThrows(Refusal.InvalidInput.class,
                () -> clean(truncated));

        assertEquals("photo", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().contains("damaged"), refusal.getMessage());
    }

    @Test
    void a_truncated_png_is_refused_as_damaged() throws IOException {
        byte[] whole = png(noise(300, 200));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThrows(Refusal.InvalidInput.class, () -> clean(truncated));
    }

    @Test
    void an_empty_file_is_refused() {
        Refusal.InvalidInput refusal = assertThrows(Refusal.InvalidInput.class,
                () -> clean(new byte[0]));

        assertEquals("photo", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().contains("empty"), refusal.getMessage());
    }

    // ---- photo makers -----------------------------------------------------------------

    private static BufferedImage halves(int width, int height, Color left, Color right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageIoPhotoInspectorTest.class.getResourceAsStream(
                "/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    /**
     * An APP1 EXIF segment, little-endian: IFD0 holds the orientation, a camera serial and a
     * pointer to a GPS IFD with latitude 48 deg 51 min 29 s N.
     */
    static byte[] exifSegment(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(160).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        entry(tiff, 0x0112, 3, 1, orientation);
        entry(tiff, 0xA431, 2, 8, 50);
        entry(tiff, 0x8825, 4, 1, 58);
        tiff.putInt(0);
        tiff.position(50).put("SN-4471\0".getBytes(StandardCharsets.US_ASCII));
        tiff.position(58).putShort((short) 2);
        entry(tiff, 0x0001, 2, 2, 'N');
        entry(tiff, 0x0002, 5, 3, 90);
        tiff.putInt(0);
        tiff.position(90).putInt(48).putInt(1).putInt(51).putInt(1).putInt(29).putInt(1);
        byte[] body = Arrays.copyOf(tiff.array(), 114);

        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return segment.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] commentSegment(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer segment = ByteBuffer.allocate(4 + bytes.length);
        segment.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (2 + bytes.length));
        return segment.put(bytes).array();
    }

    /** The JPEG with the given segments put right after its start-of-image marker. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] withPngText(byte[] png, String key, String value) {
        byte[] text = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(chunk("tEXt", text));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0, 0, 0, 1}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    // ---- checks ------------------------------------------------------------------------

    private static boolean isNear(int rgb, Color colour) {
        Color actual = new Color(rgb);
        return Math.abs(actual.getRed() - colour.getRed()) < 40
                && Math.abs(actual.getGreen() - colour.getGreen()) < 40
                && Math.abs(actual.getBlue() - colour.getBlue()) < 40;
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** True when a JPEG segment with this marker comes before the image data. */
    private static boolean hasJpegSegment(byte[] jpeg, int marker) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int found = jpeg[at + 1] & 0xff;
            if (found == marker) {
                return true;
            }
            if (found == 0xDA) {
                return false;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | (jpeg[at + 3] & 0xff));
        }
        return false;
    }
}
