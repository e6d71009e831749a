package live.mymovie.adapters.ai.imaging;

/**
 * Upload rules for photos: the most pixels a photo may have, the JPEG quality kept, and the
 * longest side of the stored copy (larger photos are scaled down while they are decoded, so
 * a burst of big uploads needs little memory).
 */
public record PhotoInspectorSettings(long maxPixels, float jpegQuality, int maxStoredSide) {

    public static final int DEFAULT_STORED_SIDE = 3072;

    public PhotoInspectorSettings(long maxPixels, float jpegQuality) {
        this(maxPixels, jpegQuality, DEFAULT_STORED_SIDE);
    }

    public PhotoInspectorSettings {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("The pixel limit must be positive");
        }
        if (jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("JPEG quality runs from 0 to 1");
        }
        if (maxStoredSide < 64) {
            throw new IllegalArgumentException("The stored side must be at least 64 pixels");
        }
    }

    /** 40 megapixels, JPEG quality 0.92, stored copies at most 3072 pixels on a side. */
    public static PhotoInspectorSettings defaults() {
        return new PhotoInspectorSettings(40_000_000L, 0.92f);
    }
}
