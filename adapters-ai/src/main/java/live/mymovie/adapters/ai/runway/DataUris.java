package live.mymovie.adapters.ai.runway;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import live.mymovie.application.port.out.ProviderFailure;

/**
 * Turns a stored photo or frame into a {@code data:} URI under Runway's 5 MB limit, shrinking
 * and re-encoding it as JPEG when it is too big or of a type Runway does not take.
 */
final class DataUris {

    /** Runway counts the whole encoded URI; we keep a margin below its 5 MiB. */
    static final int MAX_CHARS = 5 * 1024 * 1024 - 64 * 1024;
    private static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/webp");
    private static final int FIRST_EDGE = 2048;

    private DataUris() {
    }

    /** A data URI of the image, at most {@code maxChars} long. */
    static String of(String contentType, byte[] bytes, int maxChars) {
        if (ACCEPTED.contains(contentType) && encodedLength(contentType, bytes) <= maxChars) {
            return encode(contentType, bytes);
        }
        BufferedImage image = read(bytes);
        int edge = Math.min(FIRST_EDGE, Math.max(image.getWidth(), image.getHeight()));
        do {
            byte[] jpeg = jpeg(scaled(image, edge));
            if (encodedLength("image/jpeg", jpeg) <= maxChars) {
                return encode("image/jpeg", jpeg);
            }
            edge = edge * 3 / 4;
        } while (edge >= 16);
        throw ProviderFailure.rejected("A photo for this shot could not be made small enough.");
    }

    /** Width and height of the image, or {0, 0} when it cannot be read. */
    static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new int[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException unreadable) {
            return new int[] {0, 0};
        }
    }

    private static int encodedLength(String contentType, byte[] bytes) {
        return prefix(contentType).length() + (bytes.length + 2) / 3 * 4;
    }

    private static String encode(String contentType, byte[] bytes) {
        return prefix(contentType) + Base64.getEncoder().encodeToString(bytes);
    }

    private static String prefix(String contentType) {
        return "data:" + contentType + ";base64,";
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image != null) {
                return image;
            }
        } catch (IOException unreadable) {
            // answered below with the same refusal as an unknown format
        }
        throw ProviderFailure.rejected("A photo for this shot could not be read.");
    }

    private static BufferedImage scaled(BufferedImage image, int longestEdge) {
        double factor = Math.min(1.0,
                (double) longestEdge / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException impossible) {
            throw new IllegalStateException("JPEG encoding into memory failed", impossible);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
