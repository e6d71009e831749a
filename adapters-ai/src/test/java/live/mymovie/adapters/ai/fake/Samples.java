package live.mymovie.adapters.ai.fake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Real media bytes the fakes serve and the tests send: PNG frames, MP3 audio, MP4 boxes. */
public final class Samples {

    private Samples() {
    }

    /** A real PNG of the given size, a coloured gradient. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "png");
    }

    /** A PNG of random pixels, which compresses badly: a large photo in few pixels. */
    public static byte[] noisyPng(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image, "png");
    }

    /**
     * A real MP3: an ID3v2 tag and silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz),
     * about 26 ms each.
     */
    public static byte[] mp3(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] tag = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        out.write(tag, 0, tag.length);
        for (int i = 0; i < frames; i++) {
            byte[] frame = new byte[417];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            out.write(frame, 0, frame.length);
        }
        return out.toByteArray();
    }

    /** The start of an MP4 file: an {@code ftyp} box and an empty {@code mdat} box. */
    public static byte[] mp4() {
        return new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '1', 0, 0, 0, 8, 'm', 'd', 'a', 't'};
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
