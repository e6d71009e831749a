package live.mymovie.adapters.ai.local;

import java.awt.geom.AffineTransform;
import java.util.Locale;

/**
 * The camera move a shot's direction asks for (zoom in, zoom out, push in, pan either way),
 * as the transform that draws the still frame at a moment of the clip; moves keep the
 * bottom edge in view, where the caption is.
 */
enum CameraMotion {
    ZOOM_IN, ZOOM_OUT, PUSH_IN, PAN_RIGHT, PAN_LEFT;

    private static final double ZOOM = 1.22;
    private static final double PAN_ZOOM = 1.12;

    static CameraMotion of(String camera) {
        String lower = camera.toLowerCase(Locale.ROOT);
        if (lower.contains("pan")) {
            boolean leftward = lower.contains("right to left")
                    || lower.contains("pan left") && !lower.contains("left to right");
            return leftward ? PAN_LEFT : PAN_RIGHT;
        }
        if (lower.contains("close") || lower.contains("zoom in")) {
            return ZOOM_IN;
        }
        return lower.contains("wide") || lower.contains("zoom out") ? ZOOM_OUT : PUSH_IN;
    }

    /** Maps the source image onto an output of the given size at progress 0 to 1. */
    AffineTransform at(double progress, int sourceWidth, int sourceHeight, int width,
            int height) {
        double p = progress * progress * (3 - 2 * progress);
        double zoom = switch (this) {
            case ZOOM_IN -> 1 + (ZOOM - 1) * p;
            case ZOOM_OUT -> ZOOM - (ZOOM - 1) * p;
            case PUSH_IN -> 1 + 0.1 * p;
            case PAN_RIGHT, PAN_LEFT -> PAN_ZOOM;
        };
        double viewWidth = sourceWidth / zoom;
        double viewHeight = sourceHeight / zoom;
        double spareX = sourceWidth - viewWidth;
        double x = switch (this) {
            case PAN_RIGHT -> spareX * p;
            case PAN_LEFT -> spareX * (1 - p);
            default -> spareX / 2;
        };
        // Anchored at the bottom edge so the caption band stays whole on screen.
        double y = sourceHeight - viewHeight;

        AffineTransform transform = AffineTransform.getScaleInstance(width / viewWidth,
                height / viewHeight);
        transform.translate(-x, -y);
        return transform;
    }
}
