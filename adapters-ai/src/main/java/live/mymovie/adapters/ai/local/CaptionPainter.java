package live.mymovie.adapters.ai.local;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draws text in any script: each run of characters gets the first font family that has its
 * glyphs, and lines wrap to the given width with an ellipsis past the last line.
 */
final class CaptionPainter {

    private final List<Font> fonts;

    CaptionPainter(List<String> families, float size) {
        List<Font> found = new ArrayList<>();
        for (String family : families) {
            if (Installed.FAMILIES.contains(family) || family.equals(Font.SANS_SERIF)) {
                found.add(new Font(family, Font.BOLD, 1).deriveFont(size));
            }
        }
        if (found.isEmpty()) {
            found.add(new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size));
        }
        this.fonts = List.copyOf(found);
    }

    /** The font families of this machine, listed once, when the first caption is drawn. */
    private static final class Installed {
        static final Set<String> FAMILIES = Set.of(GraphicsEnvironment
                .getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    }

    /** The text split into lines that fit {@code width}, at most {@code maxLines}. */
    List<TextLayout> lines(String text, FontRenderContext context, float width, int maxLines) {
        String shown = displayable(text);
        if (shown.isBlank()) {
            return List.of();
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled(shown).getIterator(), context);
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < shown.length() && lines.size() < maxLines) {
            int start = measurer.getPosition();
            TextLayout line = measurer.nextLayout(width);
            boolean last = lines.size() == maxLines - 1 && measurer.getPosition() < shown.length();
            lines.add(last ? ellipsized(shown, start, context, width) : line);
        }
        return lines;
    }

    /** Draws the lines from the top-left corner down, one line height apart. */
    static float draw(Graphics2D g, List<TextLayout> lines, float x, float top) {
        float y = top;
        for (TextLayout line : lines) {
            y += line.getAscent();
            line.draw(g, x, y);
            y += line.getDescent() + line.getLeading();
        }
        return y;
    }

    private TextLayout ellipsized(String text, int start, FontRenderContext context,
            float width) {
        String rest = text.substring(start);
        for (int end = rest.length(); end > 0; end = rest.offsetByCodePoints(end, -1)) {
            String candidate = rest.substring(0, end).stripTrailing() + "…";
            TextLayout layout = new TextLayout(styled(candidate).getIterator(), context);
            if (layout.getAdvance() <= width) {
                return layout;
            }
        }
        return new TextLayout(styled("…").getIterator(), context);
    }

    private AttributedString styled(String text) {
        AttributedString styled = new AttributedString(text);
        int start = 0;
        while (start < text.length()) {
            Font font = fontFor(text.codePointAt(start));
            int end = start;
            while (end < text.length() && fontFor(text.codePointAt(end)) == font) {
                end = text.offsetByCodePoints(end, 1);
            }
            styled.addAttribute(TextAttribute.FONT, font, start, end);
            start = end;
        }
        return styled;
    }

    private Font fontFor(int codePoint) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.get(0);
    }

    /** Drops characters no font can show (emoji, mostly) so no empty boxes are drawn. */
    private String displayable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .filter(cp -> Character.isWhitespace(cp) || fonts.stream()
                        .anyMatch(f -> f.canDisplayUpTo(Character.toString(cp)) == -1))
                .forEach(cp -> out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp));
        return out.toString().replaceAll(" +", " ").strip();
    }
}
