package live.mymovie.adapters.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

import live.mymovie.adapters.web.support.BadRequest;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.Refusal.FieldError;
import live.mymovie.domain.creation.ReferenceKind;

/**
 * A reference photo upload read from {@code multipart/form-data} straight into a temporary
 * file, with the size limit checked while reading; closing it deletes the file. The client's
 * file name is never used.
 */
final class PhotoUpload implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PhotoUpload.class.getName());
    private static final int FIELD_LIMIT = 1024;

    private String kind;
    private String name;
    private Path photo;

    private PhotoUpload() {
    }

    /** Reads the whole upload, or refuses it with 413, 415, 400 or 422. */
    static PhotoUpload read(ServerRequest request, long limitBytes) {
        String contentType = request.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refusal.UnsupportedMedia("Upload the photo as multipart/form-data.");
        }
        long length = request.headers().contentLength().orElse(-1);
        if (length > limitBytes) {
            throw tooLarge(limitBytes);
        }
        PhotoUpload upload = new PhotoUpload();
        try {
            upload.readParts(new Body(contentType, length,
                    new LimitedStream(request.content().inputStream(), limitBytes)));
            return upload;
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    ReferenceKind kind() {
        return ReferenceKind.valueOf(kind);
    }

    String name() {
        return name;
    }

    Path photo() {
        return photo;
    }

    @Override
    public void close() {
        if (photo == null) {
            return;
        }
        try {
            Files.deleteIfExists(photo);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete an uploaded temporary file", e);
        }
    }

    private void readParts(Body body) {
        try {
            FileItemInputIterator parts = new StreamingParser().getItemIterator(body);
            while (parts.hasNext()) {
                readPart(parts.next());
            }
        } catch (FileUploadException e) {
            throw new BadRequest("The upload is not valid multipart/form-data.");
        } catch (IOException e) {
            throw new BadRequest("The upload could not be read.");
        }
        requireFields();
    }

    private void readPart(FileItemInput part) throws IOException {
        switch (String.valueOf(part.getFieldName())) {
            case "kind" -> kind = once("kind", kind, field(part).strip()
                    .toUpperCase(Locale.ROOT));
            case "name" -> name = once("name", name, field(part));
            case "photo" -> photo = save(part);
            default -> part.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
    }

    /** A field given twice is refused: which of the two was meant cannot be known. */
    private static String once(String field, String earlier, String value) {
        if (earlier != null) {
            throw Refusal.InvalidInput.of(field, "Send " + field + " once per upload.");
        }
        return value;
    }

    private static String field(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(FIELD_LIMIT + 1);
            if (bytes.length > FIELD_LIMIT) {
                throw Refusal.InvalidInput.of(part.getFieldName(),
                        part.getFieldName() + " is too long.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Keeps the photo part in a temporary file. Its declared type is not trusted either
     * way: browsers and tools often send application/octet-stream, so the photo inspector
     * decides from the bytes.
     */
    private Path save(FileItemInput part) throws IOException {
        if (photo != null) {
            throw Refusal.InvalidInput.of("photo", "Send one photo per upload.");
        }
        photo = Files.createTempFile("mymovie-upload-", ".photo");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, photo, StandardCopyOption.REPLACE_EXISTING);
        }
        return photo;
    }

    private void requireFields() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !Set.of("CAST", "LOCATION").contains(kind)) {
            errors.add(new FieldError("kind", "kind must be CAST or LOCATION."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "name must not be empty."));
        }
        if (photo == null) {
            errors.add(new FieldError("photo", "photo is required."));
        }
        if (!errors.isEmpty()) {
            throw new Refusal.InvalidInput(errors);
        }
    }

    private static Refusal.TooLarge tooLarge(long limitBytes) {
        String limit = limitBytes >= 1024 * 1024 ? limitBytes / (1024 * 1024) + " MB"
                : limitBytes / 1024 + " KiB";
        return new Refusal.TooLarge("An upload may have at most " + limit + ".");
    }

    /** The request as the multipart parser sees it. */
    private record Body(String contentType, long contentLength, InputStream stream)
            implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return stream;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** Counts the bytes of the whole body and refuses it the moment it passes the limit. */
    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }

    /** The streaming half of commons-fileupload; the parts are never held in memory. */
    private static final class StreamingParser
            extends AbstractFileUpload<Body, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(Body body)
                throws FileUploadException, IOException {
            return super.getItemIterator((RequestContext) body);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Body body) {
            throw new UnsupportedOperationException("Uploads are only read as a stream");
        }

        @Override
        public List<DiskFileItem> parseRequest(Body body) {
            throw new UnsupportedOperationException("Uploads are only read as a stream");
        }
    }
}
