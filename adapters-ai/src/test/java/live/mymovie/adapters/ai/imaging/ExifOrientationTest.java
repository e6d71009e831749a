package live.mymovie.adapters.ai.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    private static final int MARK = 0xffff0000;

    /** A 3 x 2 image, black but for its top-left pixel. */
    private static BufferedImage marked() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, MARK);
        return image;
    }

    private static int[] markAfter(int orientation) {
        BufferedImage upright = ExifOrientation.apply(marked(), orientation);
        for (int y = 0; y < upright.getHeight(); y++) {
            for (int x = 0; x < upright.getWidth(); x++) {
                if (upright.getRGB(x, y) == MARK) {
                    return new int[] {x, y, upright.getWidth(), upright.getHeight()};
                }
            }
        }
        return new int[0];
    }

    @Test
    void every_orientation_puts_the_stored_top_left_pixel_where_the_viewer_expects_it() {
        assertEquals("[0, 0, 3, 2]", Arrays.toString(markAfter(1)));
        assertEquals("[2, 0, 3, 2]", Arrays.toString(markAfter(2)));
        assertEquals("[2, 1, 3, 2]", Arrays.toString(markAfter(3)));
        assertEquals("[0, 1, 3, 2]", Arrays.toString(markAfter(4)));
        assertEquals("[0, 0, 2, 3]", Arrays.toString(markAfter(5)));
        assertEquals("[1, 0, 2, 3]", Arrays.toString(markAfter(6)));
        assertEquals("[1, 2, 2, 3]", Arrays.toString(markAfter(7)));
        assertEquals("[0, 2, 2, 3]", Arrays.toString(markAfter(8)));
    }

    @Test
    void the_orientation_is_read_from_a_jpeg_app1_segment() {
        byte[] segment = ImageIoPhotoInspectorTest.exifSegment(8);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        jpeg.writeBytes(segment);
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2});

        assertEquals(8, ExifOrientation.read(jpeg.toByteArray(), PhotoFormat.JPEG));
    }

    @Test
    void a_broken_exif_block_reads_as_upright() {
        byte[] segment = ImageIoPhotoInspectorTest.exifSegment(6);
        byte[] cut = Arrays.copyOf(segment, 24);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        jpeg.writeBytes(cut);

        assertEquals(1, ExifOrientation.read(jpeg.toByteArray(), PhotoFormat.JPEG));
    }
}
