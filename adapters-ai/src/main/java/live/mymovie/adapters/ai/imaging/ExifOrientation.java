package live.mymovie.adapters.ai.imaging;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF orientation (1 to 8) of a JPEG, PNG or WebP and turns the decoded image
 * upright. Any damage in the EXIF block reads as orientation 1: a photo is never refused
 * for its metadata, which is dropped anyway.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int read(byte[] file, PhotoFormat format) {
        try {
            int tiff = switch (format) {
                case JPEG -> jpegTiff(file);
                case PNG -> pngTiff(file);
                case WEBP -> webpTiff(file);
                default -> -1;
            };
            return tiff < 0 ? 1 : orientation(file, tiff);
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    /** The image drawn upright, mirrored or turned as its orientation says. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.drawImage(image, transform, null);
        g.dispose();
        return upright;
    }

    private static int jpegTiff(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length && (b[at] & 0xff) == 0xFF) {
            int marker = b[at + 1] & 0xff;
            if (marker == 0xDA || marker == 0xD9) {
                return -1;
            }
            int length = u16(b, at + 2, false);
            if (marker == 0xE1 && ascii(b, at + 4, 6).equals("Exif\0\0")) {
                return at + 10;
            }
            at += 2 + length;
        }
        return -1;
    }

    private static int pngTiff(byte[] b) {
        int at = 8;
        while (at + 8 <= b.length) {
            int length = (int) u32(b, at, false);
            if (ascii(b, at + 4, 4).equals("eXIf")) {
                return at + 8;
            }
            if (length < 0 || ascii(b, at + 4, 4).equals("IEND")) {
                return -1;
            }
            at += 12 + length;
        }
        return -1;
    }

    private static int webpTiff(byte[] b) {
        int at = 12;
        while (at + 8 <= b.length) {
            long size = u32(b, at + 4, true);
            if (ascii(b, at, 4).equals("EXIF")) {
                return ascii(b, at + 8, 6).equals("Exif\0\0") ? at + 14 : at + 8;
            }
            at += 8 + (int) (size + (size & 1));
        }
        return -1;
    }

    private static int orientation(byte[] b, int tiff) {
        boolean little = ascii(b, tiff, 2).equals("II");
        if (!little && !ascii(b, tiff, 2).equals("MM")) {
            return 1;
        }
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }

    private static String ascii(byte[] b, int at, int length) {
        if (at < 0 || at + length > b.length) {
            return "";
        }
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }
}
