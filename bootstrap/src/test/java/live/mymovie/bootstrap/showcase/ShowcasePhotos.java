package live.mymovie.bootstrap.showcase;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Painted stand-ins for a creator's photos: a girl's portrait and a lighthouse at dusk. */
final class ShowcasePhotos {

    private ShowcasePhotos() {
    }

    /** A head-and-shoulders portrait with a skin-toned face, so the frames can place it. */
    static byte[] portrait() {
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 200), 0, 600,
                new Color(230, 200, 150)));
        g.fillRect(0, 0, 600, 600);
        g.setColor(new Color(200, 60, 50));
        g.fillRoundRect(130, 400, 340, 260, 160, 160);
        g.setColor(new Color(70, 40, 25));
        g.fillOval(175, 110, 250, 300);
        g.setColor(new Color(224, 172, 138));
        g.fillOval(200, 150, 200, 240);
        g.fillRect(265, 370, 70, 50);
        g.setColor(new Color(70, 40, 25));
        g.fillArc(190, 120, 220, 130, 0, 180);
        drawFace(g);
        g.dispose();
        return png(image);
    }

    private static void drawFace(Graphics2D g) {
        g.setColor(new Color(45, 30, 25));
        g.fillOval(245, 250, 22, 16);
        g.fillOval(333, 250, 22, 16);
        g.setColor(new Color(170, 80, 80));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(265, 300, 70, 40, 200, 140);
        g.setColor(new Color(235, 150, 130, 120));
        g.fillOval(222, 290, 40, 26);
        g.fillOval(338, 290, 40, 26);
    }

    /** A lighthouse on a rocky point under a dusk sky, over the sea. */
    static byte[] lighthouse() {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setPaint(new GradientPaint(0, 0, new Color(40, 50, 110), 0, 520,
                new Color(245, 150, 90)));
        g.fillRect(0, 0, 1200, 520);
        g.setPaint(new GradientPaint(0, 500, new Color(40, 80, 120), 0, 800,
                new Color(10, 30, 50)));
        g.fillRect(0, 500, 1200, 300);
        drawWaves(g);
        g.setColor(new Color(45, 40, 45));
        g.fillPolygon(new Polygon(new int[] {560, 700, 980, 1200, 1200, 520},
                new int[] {560, 470, 480, 560, 800, 800}, 6));
        drawTower(g);
        g.dispose();
        return png(image);
    }

    private static void drawWaves(Graphics2D g) {
        Random random = new Random(7);
        g.setColor(new Color(255, 210, 160, 90));
        for (int i = 0; i < 60; i++) {
            int y = 520 + random.nextInt(260);
            int x = random.nextInt(1150);
            g.fillRoundRect(x, y, 30 + random.nextInt(60), 3, 3, 3);
        }
    }

    private static void drawTower(Graphics2D g) {
        g.setColor(new Color(240, 236, 226));
        g.fillPolygon(new Polygon(new int[] {770, 850, 830, 790},
                new int[] {480, 480, 220, 220}, 4));
        g.setColor(new Color(190, 50, 45));
        g.fillPolygon(new Polygon(new int[] {781, 840, 836, 785},
                new int[] {400, 400, 350, 350}, 4));
        g.fillPolygon(new Polygon(new int[] {788, 833, 831, 790},
                new int[] {300, 300, 260, 260}, 4));
        g.setColor(new Color(60, 60, 70));
        g.fillRect(780, 180, 60, 42);
        g.setColor(new Color(255, 230, 140));
        g.fillRect(790, 188, 40, 28);
        g.setColor(new Color(255, 230, 140, 60));
        g.fillPolygon(new Polygon(new int[] {810, 0, 0}, new int[] {202, 120, 300}, 3));
        g.setColor(new Color(60, 60, 70));
        g.fillPolygon(new Polygon(new int[] {774, 846, 810}, new int[] {182, 182, 150}, 3));
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
