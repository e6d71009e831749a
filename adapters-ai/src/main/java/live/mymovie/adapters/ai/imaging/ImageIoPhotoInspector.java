package live.mymovie.adapters.ai.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import live.mymovie.application.port.out.PhotoInspector;
import live.mymovie.domain.Refusal;

/**
 * Checks an uploaded photo with ImageIO (TwelveMonkeys for JPEG and WebP): the type from its
 * bytes, the pixel count from its header before any decoding, then a decoded, upright copy
 * re-encoded without a single piece of metadata.
 */
public final class ImageIoPhotoInspector implements PhotoInspector {

    static final String FIELD = "photo";
    static final String ACCEPTED = "Photos must be JPEG, PNG or WebP";

    private static final System.Logger LOG = System.getLogger(
            ImageIoPhotoInspector.class.getName());

    private static final int HEAD_BYTES = 1024 * 1024;
    private static final long HEAP_PER_DECODE = 192L * 1024 * 1024;

    private final PhotoInspectorSettings settings;
    private final Semaphore decoding;

    public ImageIoPhotoInspector(PhotoInspectorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoding = new Semaphore(decodingPermits());
    }

    @Override
    public CleanPhoto clean(Path upload) {
        byte[] bytes = readHead(upload);
        if (bytes.length == 0) {
            throw Refusal.InvalidInput.of(FIELD, "The photo is empty: the file has no bytes.");
        }
        PhotoFormat format = PhotoFormat.sniff(bytes);
        if (!format.accepted()) {
            throw new Refusal.UnsupportedMedia(ACCEPTED + "; this file is " + format.label()
                    + ".");
        }

        int orientation = ExifOrientation.read(format == PhotoFormat.WEBP
                ? readAll(upload) : bytes, format);
        decoding.acquireUninterruptibly();
        try {
            BufferedImage upright = ExifOrientation.apply(decode(upload, format), orientation);
            return encode(upright, format);
        } finally {
            decoding.release();
        }
    }

    /**
     * The start of the upload, enough to tell its type and read a JPEG's or PNG's EXIF
     * block; the pixels are decoded from the file itself, never held as bytes.
     */
    private static byte[] readHead(Path upload) {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded photo", e);
        }
    }

    /** WebP keeps its EXIF chunk after the pixels, so its whole file is read. */
    private static byte[] readAll(Path upload) {
        try {
            return Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded photo", e);
        }
    }

    private BufferedImage decode(Path upload, PhotoFormat format) {
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(upload.toFile())) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkPixels(width, height);
            BufferedImage image = reader.read(0, scaledDown(reader, width, height));
            if (!warnings.isEmpty()) {
                throw new IOException("decoder warnings: " + warnings);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            // A damaged upload is the person's file, not our failure: one line, no stack.
            LOG.log(Level.INFO, "Refused a damaged {0} photo: {1}", format.label(), e.toString());
            throw damaged(format);
        } finally {
            reader.dispose();
        }
    }

    /** Reads every n-th pixel of a photo larger than the stored size, n as small as fits. */
    private ImageReadParam scaledDown(ImageReader reader, int width, int height) {
        ImageReadParam param = reader.getDefaultReadParam();
        int longest = Math.max(width, height);
        int step = (longest + settings.maxStoredSide() - 1) / settings.maxStoredSide();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    private void checkPixels(int width, int height) {
        long pixels = (long) width * height;
        if (width < 1 || height < 1) {
            throw damaged(null);
        }
        if (pixels > settings.maxPixels()) {
            throw Refusal.InvalidInput.of(FIELD, String.format(Locale.ROOT,
                    "The photo has %d x %d pixels (%.1f megapixels); the limit is %.0f "
                            + "megapixels.", width, height, pixels / 1e6,
                    settings.maxPixels() / 1e6));
        }
    }

    private CleanPhoto encode(BufferedImage image, PhotoFormat format) {
        boolean png = format == PhotoFormat.PNG
                || format == PhotoFormat.WEBP && image.getColorModel().hasAlpha();
        byte[] bytes = png ? ImageCodec.png(image)
                : ImageCodec.jpeg(image, settings.jpegQuality());
        return new CleanPhoto(bytes, png ? "image/png" : "image/jpeg", image.getWidth(),
                image.getHeight());
    }

    /** One decode per core, fewer when the heap is small, so uploads never exhaust it. */
    private static int decodingPermits() {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_DECODE;
        int cores = Runtime.getRuntime().availableProcessors();
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    private static ImageReader readerFor(PhotoFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(
                format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format.label()
                    + "; is TwelveMonkeys on the class path?");
        }
        return readers.next();
    }

    private static Refusal.InvalidInput damaged(PhotoFormat format) {
        String what = format == null ? "photo" : format.label() + " photo";
        return Refusal.InvalidInput.of(FIELD, "The " + what + " is damaged or incomplete and "
                + "cannot be read; please upload it again.");
    }
}
