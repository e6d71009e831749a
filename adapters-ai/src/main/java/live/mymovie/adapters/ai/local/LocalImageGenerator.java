package live.mymovie.adapters.ai.local;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import live.mymovie.adapters.ai.imaging.ImageCodec;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;

/**
 * Composes a storyboard frame offline: the location photo (or a drawn backdrop), the cast's
 * faces placed by the camera direction, the shot number and the wrapped caption, as PNG.
 */
public final class LocalImageGenerator implements ImageGenerator {

    static final String MODEL = "local-frame-composer-1";
    private static final int MAX_CAST = 3;
    private static final String PREVIEW_TAG = "local preview";

    private final LocalFrameSettings settings;

    public LocalImageGenerator(LocalFrameSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return Cancellation.PROVIDER;
    }

    @Override
    public GeneratedFile drawFrame(FrameRequest request, ProviderCall call) {
        Cancellation.stopIfCanceled(call);
        int width = request.width() > 0 ? request.width() : settings.defaultWidth();
        int height = request.height() > 0 ? request.height() : settings.defaultHeight();
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        smooth(g);

        drawBackdrop(g, request, width, height);
        call.progress(30);
        Cancellation.stopIfCanceled(call);
        drawCast(g, request, width, height);
        call.progress(60);
        drawLabels(g, request, width, height);
        g.dispose();
        call.progress(100);

        return new GeneratedFile(ImageCodec.png(frame), "image/png",
                new Provenance(name(), MODEL, request.shot().description()), null);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private void drawBackdrop(Graphics2D g, FrameRequest request, int width, int height) {
        BufferedImage location = locationPhoto(request);
        if (location != null) {
            drawCovering(g, location, new Rectangle(0, 0, width, height));
            return;
        }
        float hue = (request.shot().description().hashCode() & 0xffff) / 65536f;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.45f, 0.95f), 0, height,
                Color.getHSBColor(hue + 0.08f, 0.6f, 0.55f)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 244, 214, 200));
        int sun = height / 6;
        g.fillOval(width * 2 / 3, height / 8, sun, sun);
        drawHills(g, hue, width, height);
    }

    private static void drawHills(Graphics2D g, float hue, int width, int height) {
        for (int layer = 0; layer < 3; layer++) {
            Path2D hill = new Path2D.Double();
            hill.moveTo(0, height);
            double base = height * (0.62 + layer * 0.1);
            for (int x = 0; x <= width; x += Math.max(4, width / 64)) {
                double wave = Math.sin(x * (0.004 + layer * 0.003) + hue * 20 + layer) * 0.05;
                hill.lineTo(x, base + wave * height);
            }
            hill.lineTo(width, height);
            hill.closePath();
            g.setColor(Color.getHSBColor(hue + 0.3f, 0.35f, 0.45f - layer * 0.12f));
            g.fill(hill);
        }
    }

    private void drawCast(Graphics2D g, FrameRequest request, int width, int height) {
        List<BufferedImage> faces = castPhotos(request);
        String camera = request.shot().camera().toLowerCase(Locale.ROOT);
        if (faces.isEmpty()) {
            return;
        }
        if (camera.contains("close")) {
            faces = faces.subList(0, 1);
        }
        int side = (int) (height * portraitScale(camera));
        int gap = side / 5;
        int row = faces.size() * side + (faces.size() - 1) * gap;
        int left = camera.contains("pan") && faces.size() == 1 ? width / 5 : (width - row) / 2;
        int top = (int) (height * (camera.contains("wide") ? 0.5 : 0.14));
        for (int i = 0; i < faces.size(); i++) {
            drawPortrait(g, faces.get(i), new Rectangle(left + i * (side + gap), top, side,
                    side));
        }
    }

    private static double portraitScale(String camera) {
        if (camera.contains("close")) {
            return 0.6;
        }
        if (camera.contains("wide")) {
            return 0.26;
        }
        return camera.contains("pan") ? 0.36 : 0.44;
    }

    private static void drawPortrait(Graphics2D g, BufferedImage photo, Rectangle box) {
        Shape outline = new RoundRectangle2D.Double(box.x, box.y, box.width, box.height,
                box.width / 4.0, box.width / 4.0);
        g.setColor(new Color(0, 0, 0, 90));
        g.fill(new RoundRectangle2D.Double(box.x + 6, box.y + 8, box.width, box.height,
                box.width / 4.0, box.width / 4.0));

        Shape clip = g.getClip();
        g.clip(outline);
        Rectangle face = FaceCrop.square(photo);
        g.drawImage(photo, box.x, box.y, box.x + box.width, box.y + box.height, face.x, face.y,
                face.x + face.width, face.y + face.height, null);
        g.setClip(clip);

        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(2f, box.width / 60f)));
        g.draw(outline);
    }

    private void drawLabels(Graphics2D g, FrameRequest request, int width, int height) {
        ShotScript shot = request.shot();
        float size = Math.max(12f, Math.min(width, height) / 22f);
        CaptionPainter painter = new CaptionPainter(settings.fontFamilies(), size);
        float margin = size;
        List<TextLayout> caption = painter.lines(shot.description(), g.getFontRenderContext(),
                width - 2 * margin, 3);
        float lineHeight = size * 1.45f;
        float band = caption.size() * lineHeight + margin * 1.4f;

        g.setComposite(AlphaComposite.SrcOver.derive(0.72f));
        g.setColor(new Color(12, 14, 24));
        g.fillRect(0, (int) (height - band), width, (int) Math.ceil(band));
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(Color.WHITE);
        CaptionPainter.draw(g, caption, margin, height - band + margin * 0.7f);

        drawBadge(g, painter, "Shot " + shot.number().value(), margin, margin);
        CaptionPainter small = new CaptionPainter(settings.fontFamilies(), size * 0.6f);
        float tag = small.lines(PREVIEW_TAG, g.getFontRenderContext(), 10_000, 1).get(0)
                .getAdvance();
        drawBadge(g, small, PREVIEW_TAG, width - margin - tag - size * 0.4f, margin);
    }

    private static void drawBadge(Graphics2D g, CaptionPainter painter, String text, float x,
            float y) {
        List<TextLayout> lines = painter.lines(text, g.getFontRenderContext(), 10_000, 1);
        TextLayout line = lines.get(0);
        float pad = line.getAscent() / 3;
        g.setColor(new Color(12, 14, 24, 190));
        g.fill(new RoundRectangle2D.Float(x, y, line.getAdvance() + 2 * pad,
                line.getAscent() + line.getDescent() + 2 * pad, pad * 2, pad * 2));
        g.setColor(Color.WHITE);
        CaptionPainter.draw(g, lines, x + pad, y + pad);
    }

    private static BufferedImage locationPhoto(FrameRequest request) {
        String wanted = request.shot().locationName().orElse("");
        return request.references().stream()
                .filter(r -> r.kind() == ReferenceKind.LOCATION)
                .sorted((a, b) -> Boolean.compare(!a.name().equalsIgnoreCase(wanted),
                        !b.name().equalsIgnoreCase(wanted)))
                .map(LocalImageGenerator::decodeOrNull)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static List<BufferedImage> castPhotos(FrameRequest request) {
        List<ReferenceImage> cast = request.references().stream()
                .filter(r -> r.kind() == ReferenceKind.CAST).toList();
        List<ReferenceImage> named = cast.stream()
                .filter(r -> request.shot().cast().stream().anyMatch(r.name()::equalsIgnoreCase))
                .toList();
        List<BufferedImage> faces = new ArrayList<>();
        for (ReferenceImage photo : named.isEmpty() ? cast : named) {
            BufferedImage image = decodeOrNull(photo);
            if (image != null && faces.size() < MAX_CAST) {
                faces.add(image);
            }
        }
        return faces;
    }

    private static BufferedImage decodeOrNull(ReferenceImage photo) {
        return ImageCodec.decode(photo.bytes()).orElse(null);
    }

    private static void drawCovering(Graphics2D g, BufferedImage image, Rectangle box) {
        double scale = Math.max((double) box.width / image.getWidth(),
                (double) box.height / image.getHeight());
        int w = (int) Math.ceil(image.getWidth() * scale);
        int h = (int) Math.ceil(image.getHeight() * scale);
        g.drawImage(image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h,
                null);
    }
}
