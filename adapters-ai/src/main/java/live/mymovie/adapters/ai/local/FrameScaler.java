package live.mymovie.adapters.ai.local;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Draws a scaled and shifted still into a clip frame with bilinear filtering, straight on
 * the BGR bytes: about three times faster than Java2D here, which keeps clips quick to make.
 */
final class FrameScaler {

    private static final int ONE = 256;

    private FrameScaler() {
    }

    /** Draws {@code still} through {@code transform} (scale and shift only) into the target. */
    static void draw(BufferedImage still, AffineTransform transform, BufferedImage target) {
        byte[] src = bytes(still);
        byte[] dst = bytes(target);
        int sw = still.getWidth();
        int sh = still.getHeight();
        int[] x0 = new int[target.getWidth()];
        int[] wx = new int[target.getWidth()];
        axis(transform.getScaleX(), transform.getTranslateX(), sw, x0, wx);
        int[] y0 = new int[target.getHeight()];
        int[] wy = new int[target.getHeight()];
        axis(transform.getScaleY(), transform.getTranslateY(), sh, y0, wy);

        int[] left = new int[x0.length];
        int[] right = new int[x0.length];
        for (int x = 0; x < x0.length; x++) {
            left[x] = x0[x] * 3;
            right[x] = Math.min(x0[x] + 1, sw - 1) * 3;
        }
        int[] blended = new int[sw * 3];
        for (int y = 0; y < y0.length; y++) {
            blendRows(src, y0[y] * sw * 3, Math.min(y0[y] + 1, sh - 1) * sw * 3, wy[y],
                    blended);
            sample(blended, left, right, wx, dst, y * x0.length * 3);
        }
    }

    /** Mixes two source rows by the vertical weight, keeping 8 bits of fraction. */
    private static void blendRows(byte[] src, int top, int bottom, int w, int[] out) {
        int keep = ONE - w;
        for (int i = 0; i < out.length; i++) {
            out[i] = (src[top + i] & 0xff) * keep + (src[bottom + i] & 0xff) * w;
        }
    }

    private static void sample(int[] row, int[] left, int[] right, int[] wx, byte[] dst,
            int out) {
        for (int x = 0; x < left.length; x++) {
            int w = wx[x];
            int keep = ONE - w;
            int l = left[x];
            int r = right[x];
            dst[out++] = (byte) ((row[l] * keep + row[r] * w) >> 16);
            dst[out++] = (byte) ((row[l + 1] * keep + row[r + 1] * w) >> 16);
            dst[out++] = (byte) ((row[l + 2] * keep + row[r + 2] * w) >> 16);
        }
    }

    /** For each output pixel along one axis: the source pixel before it and the weight. */
    private static void axis(double scale, double shift, int size, int[] index, int[] weight) {
        for (int i = 0; i < index.length; i++) {
            double at = Math.max(0, Math.min(size - 1, (i + 0.5 - shift) / scale - 0.5));
            index[i] = (int) at;
            weight[i] = (int) Math.round((at - index[i]) * ONE);
        }
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
