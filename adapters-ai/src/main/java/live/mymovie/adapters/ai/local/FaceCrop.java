package live.mymovie.adapters.ai.local;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * Finds the square of a cast photo to show: centred on the skin-toned region when the photo
 * has one, else the centre of the photo, a little above the middle where faces usually are.
 */
final class FaceCrop {

    private static final int SAMPLE = 64;

    private FaceCrop() {
    }

    static Rectangle square(BufferedImage photo) {
        int side = Math.min(photo.getWidth(), photo.getHeight());
        double[] centre = skinCentre(photo);
        double cx = centre == null ? photo.getWidth() / 2.0 : centre[0];
        double cy = centre == null ? photo.getHeight() * 0.42 : centre[1];
        if (centre != null) {
            side = (int) (side * 0.8);
        }

        int x = (int) Math.round(cx - side / 2.0);
        int y = (int) Math.round(cy - side / 2.0);
        x = Math.max(0, Math.min(photo.getWidth() - side, x));
        y = Math.max(0, Math.min(photo.getHeight() - side, y));
        return new Rectangle(x, y, side, side);
    }

    /** Centre of the skin-toned pixels, or null when too few or too many to be a face. */
    private static double[] skinCentre(BufferedImage photo) {
        int step = Math.max(1, Math.max(photo.getWidth(), photo.getHeight()) / SAMPLE);
        long count = 0;
        long total = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < photo.getHeight(); y += step) {
            for (int x = 0; x < photo.getWidth(); x += step) {
                total++;
                if (isSkin(photo.getRGB(x, y))) {
                    count++;
                    sumX += x;
                    sumY += y;
                }
            }
        }
        double share = (double) count / Math.max(1, total);
        return share < 0.02 || share > 0.6 ? null : new double[] {sumX / count, sumY / count};
    }

    /** The usual YCbCr skin range, which covers light and dark skin alike. */
    static boolean isSkin(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        double luma = 0.299 * r + 0.587 * g + 0.114 * b;
        double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        return luma > 40 && cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
    }
}
