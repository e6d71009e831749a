package live.mymovie.adapters.ai.imaging;

/** Upload rules for photos: the most pixels a photo may have and the JPEG quality kept. */
public record PhotoInspectorSettings(long maxPixels, float jpegQuality) {

    public PhotoInspectorSettings {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("The pixel limit must be positive");
        }
        if (jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("JPEG quality runs from 0 to 1");
        }
    }

    /** 40 megapixels, JPEG quality 0.92. */
    public static PhotoInspectorSettings defaults() {
        return new PhotoInspectorSettings(40_000_000L, 0.92f);
    }
}
