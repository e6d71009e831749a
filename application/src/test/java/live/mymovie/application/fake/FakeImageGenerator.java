package live.mymovie.application.fake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.Provenance;

/** An in-memory image generator: a plain PNG of the requested size, or a failure on demand. */
public final class FakeImageGenerator extends ScriptedProvider<FakeImageGenerator>
        implements ImageGenerator {

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public synchronized GeneratedFile drawFrame(FrameRequest request, ProviderCall call) {
        answerCall();
        BufferedImage image = new BufferedImage(Math.max(1, request.width()),
                Math.max(1, request.height()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.getHSBColor(request.shot().number().value() / 12f, 0.5f, 0.8f));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return new GeneratedFile(png(image), "image/png",
                new Provenance(name(), "fake-frame", request.shot().description()), null);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
