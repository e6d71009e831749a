package live.mymovie.application.port.out;

import java.nio.file.Path;

/**
 * Checks an uploaded photo by its bytes and re-encodes it: orientation applied, every piece
 * of metadata (GPS position, camera serial, comments) removed.
 */
public interface PhotoInspector {

    /**
     * Reads the upload and answers a clean copy.
     *
     * @throws live.mymovie.domain.Refusal.UnsupportedMedia when it is not JPEG, PNG or WebP
     * @throws live.mymovie.domain.Refusal.InvalidInput when it is damaged or too many pixels
     */
    CleanPhoto clean(Path upload);

    /** The re-encoded photo and its dimensions. */
    record CleanPhoto(byte[] bytes, String contentType, int width, int height) {
    }
}
