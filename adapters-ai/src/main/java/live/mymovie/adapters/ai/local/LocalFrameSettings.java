package live.mymovie.adapters.ai.local;

import java.util.List;

/**
 * How the local image generator draws: the frame size used when a request names none, and
 * the font families tried in order for each run of caption text.
 */
public record LocalFrameSettings(int defaultWidth, int defaultHeight, List<String> fontFamilies) {

    public LocalFrameSettings {
        if (defaultWidth < 16 || defaultHeight < 16) {
            throw new IllegalArgumentException("A frame is at least 16 x 16 pixels");
        }
        fontFamilies = List.copyOf(fontFamilies);
    }

    /** 1280 x 720, DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew) then Noto CJK. */
    public static LocalFrameSettings defaults() {
        return new LocalFrameSettings(1280, 720, List.of("DejaVu Sans", "Noto Sans CJK SC",
                "Noto Sans CJK JP", "Noto Sans CJK KR", "SansSerif"));
    }
}
