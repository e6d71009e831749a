package live.mymovie.adapters.ai.local;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import live.mymovie.application.port.out.ProviderCall;

/** Writes the rendered frames of a clip as a looping animated GIF with ImageIO alone. */
final class GifClipWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifClipWriter() {
    }

    static byte[] write(LocalVideoGenerator.Animation animation, ProviderCall call) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < animation.frames(); i++) {
                Cancellation.stopIfCanceled(call);
                BufferedImage frame = animation.canvas();
                animation.render(i, frame);
                writer.writeToSequence(new IIOImage(frame, null,
                        metadata(writer, frame, animation.fps(), i == 0)), null);
                call.progress(95 * (i + 1) / animation.frames());
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Frame delay in hundredths of a second, and on the first frame an endless loop. */
    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, int fps,
            boolean first) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.round(100f / fps)));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        metadata.mergeTree(FORMAT, root);
        return metadata;
    }
}
