package live.mymovie.adapters.ai.runway;

import java.util.List;

/** The output ratios Runway accepts, and the nearest one to a wanted frame size. */
final class RunwayRatios {

    /** Text-to-image ratios, the default first. */
    static final List<String> IMAGE = List.of("1920:1080", "1024:1024", "1080:1080",
            "1168:880", "1360:768", "1440:1080", "1080:1440", "1808:768", "1080:1920",
            "2112:912", "1280:720", "720:1280", "720:720", "960:720", "720:960", "1680:720");

    /** Image-to-video ratios for gen4_turbo, the default first. */
    static final List<String> VIDEO = List.of("1280:720", "720:1280", "1104:832", "832:1104",
            "960:960", "1584:672");

    private RunwayRatios() {
    }

    /** The ratio whose shape is closest to width by height; the default when unknown. */
    static String nearest(List<String> ratios, int width, int height) {
        if (width <= 0 || height <= 0) {
            return ratios.get(0);
        }
        double wanted = Math.log((double) width / height);
        String best = ratios.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (String ratio : ratios) {
            String[] parts = ratio.split(":");
            double shape = Math.log(Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]));
            double distance = Math.abs(shape - wanted);
            if (distance < bestDistance - 1e-9) {
                best = ratio;
                bestDistance = distance;
            }
        }
        return best;
    }
}
