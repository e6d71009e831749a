package live.mymovie.adapters.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.OpenMediaUseCase;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.MediaAsset;

/**
 * Serves stored files to their owner only, with their real type, a download name, an ETag
 * and single byte ranges so audio and video can seek.
 */
public final class MediaService implements HttpService {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private final OpenMediaUseCase media;
    private final Duration maxAge;
    private final RouteCatalog catalog;

    public MediaService(WebPorts ports, Duration maxAge, RouteCatalog catalog) {
        this.media = ports.media();
        this.maxAge = maxAge;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules).get("/media/{assetId}", this::serve);
    }

    private void serve(ServerRequest request, ServerResponse response) {
        AccountId owner = Visitor.of(request).signedIn()
                .orElseThrow(() -> new Refusal.NotFound("Stored file"))
                .id();
        MediaAsset asset = media.describe(owner,
                new AssetId(request.path().pathParameters().get("assetId")));
        String etag = "\"" + asset.sha256() + "\"";
        describe(request, response, asset, etag);

        if (request.headers().first(HeaderNames.IF_NONE_MATCH).filter(etag::equals).isPresent()) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        Optional<ByteRange> range = requestedRange(request, etag, asset.sizeBytes());
        if (range.isPresent() && range.get().isUnsatisfiable()) {
            response.header(HeaderNames.CONTENT_RANGE, "bytes */" + asset.sizeBytes());
            response.status(Status.REQUESTED_RANGE_NOT_SATISFIABLE_416).send();
            return;
        }
        send(response, owner, asset, range);
    }

    private void describe(ServerRequest request, ServerResponse response, MediaAsset asset,
            String etag) {
        boolean download = request.query().first("download").filter("1"::equals).isPresent();
        response.header(HeaderNames.CONTENT_TYPE, asset.contentType());
        response.header(HeaderNames.CONTENT_DISPOSITION, (download ? "attachment" : "inline")
                + "; filename=\"" + asset.downloadName() + "\"");
        response.header(HeaderNames.CACHE_CONTROL, "private, max-age=" + maxAge.toSeconds());
        response.header(HeaderNames.ETAG, etag);
        response.header(HeaderNames.ACCEPT_RANGES, "bytes");
    }

    private void send(ServerResponse response, AccountId owner, MediaAsset asset,
            Optional<ByteRange> requested) {
        ByteRange range = requested.orElse(ByteRange.whole(asset.sizeBytes()));
        if (requested.isPresent()) {
            response.status(Status.PARTIAL_CONTENT_206);
            response.header(HeaderNames.CONTENT_RANGE, "bytes " + range.first() + "-"
                    + range.last() + "/" + asset.sizeBytes());
        }
        response.contentLength(range.length());
        try (InputStream in = media.open(owner, asset.id());
                OutputStream out = response.outputStream()) {
            discard(in, range.first());
            copy(in, out, range.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves to the start of a range: a store that can jump (the encrypted one jumps to the
     * right chunk) skips, one that checks each file from start to end is read past instead.
     */
    private static void discard(InputStream in, long count) throws IOException {
        long left = count;
        try {
            long skipped;
            while (left > 0 && (skipped = in.skip(left)) > 0) {
                left -= skipped;
            }
        } catch (IOException cannotJump) {
            // nothing was skipped by the failed call: read past what is left
        }
        copy(in, OutputStream.nullOutputStream(), left);
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("The stored file is shorter than its record says");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /**
     * The single range asked for; empty when none was asked, when several were (answered
     * whole, as RFC 9110 allows), or when an If-Range no longer matches.
     */
    private static Optional<ByteRange> requestedRange(ServerRequest request, String etag,
            long size) {
        Optional<String> ifRange = request.headers().first(HeaderNames.IF_RANGE);
        if (ifRange.isPresent() && !ifRange.get().equals(etag)) {
            return Optional.empty();
        }
        return request.headers().first(HeaderNames.RANGE)
                .map(r -> RANGE.matcher(r.strip()))
                .filter(Matcher::matches)
                .flatMap(m -> ByteRange.parse(m.group(1), m.group(2), size));
    }

    /** Bytes first to last, inclusive, of a file of the given size. */
    record ByteRange(long first, long last, long size) {

        static ByteRange whole(long size) {
            return new ByteRange(0, size - 1, size);
        }

        static Optional<ByteRange> parse(String first, String last, long size) {
            if (first.isEmpty() && last.isEmpty()) {
                return Optional.empty();
            }
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            return start > end && start < size ? Optional.empty()
                    : Optional.of(new ByteRange(start, end, size));
        }

        boolean isUnsatisfiable() {
            return first >= size || first > last;
        }

        long length() {
            return Math.max(0, last - first + 1);
        }
    }
}
