package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.Arrays;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import live.mymovie.application.port.in.ShowAccountUseCase.AccountView;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.ledger.Credits;

/** Stored files: owner only, real type, download names, ranges and ETags. */
@ServerTest
class MediaRoutesTest {

    private static final TestPorts PORTS = new TestPorts();
    private static final AssetId CLIP = new AssetId("asset-clip");

    private final Browser browser;
    private final Account ada = Fixtures.creator();
    private final byte[] bytes = new byte[1000];

    MediaRoutesTest(WebServer server) {
        this.browser = new Browser(server.port());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        MyMovieWeb.routing(routing, PORTS.web(), TestPorts.settings("http://localhost:8080"));
    }

    @BeforeEach
    void storeAClip() {
        PORTS.reset();
        PORTS.sessions.knows(ada);
        when(PORTS.logIn.logIn(any())).thenReturn(ada);
        when(PORTS.showAccount.show(ada.id())).thenReturn(new AccountView(ada, Credits.of(5)));
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        when(PORTS.media.describe(ada.id(), CLIP))
                .thenReturn(Fixtures.asset("asset-clip", ada, "video/mp4", 1000, "runway"));
        when(PORTS.media.open(ada.id(), CLIP))
                .thenAnswer(call -> new ReadOnlyForward(bytes));
        browser.logIn("ada@example.com");
    }

    @Test
    void the_owner_gets_the_whole_file_with_its_type_name_cache_and_etag() {
        var answer = browser.get("/media/asset-clip");

        assertEquals(200, answer.status());
        assertArrayEquals(bytes, answer.bytes());
        assertEquals("video/mp4", answer.contentType());
        assertEquals("inline; filename=\"asset-clip.mp4\"",
                answer.header("content-disposition").orElseThrow());
        assertEquals("private, max-age=3600", answer.header("cache-control").orElseThrow());
        assertEquals("nosniff", answer.header("x-content-type-options").orElseThrow());
        assertEquals("\"ab12cd34\"", answer.header("etag").orElseThrow());
        assertEquals("bytes", answer.header("accept-ranges").orElseThrow());
        assertEquals("1000", answer.header("content-length").orElseThrow());
    }

    @Test
    void download_1_asks_the_browser_to_save_the_file() {
        var answer = browser.get("/media/asset-clip?download=1");

        assertEquals("attachment; filename=\"asset-clip.mp4\"",
                answer.header("content-disposition").orElseThrow());
    }

    @Test
    void a_range_answers_206_with_just_those_bytes() {
        var answer = browser.get("/media/asset-clip", "Range", "bytes=100-199");

        assertEquals(206, answer.status());
        assertEquals("bytes 100-199/1000", answer.header("content-range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(bytes, 100, 200), answer.bytes());
    }

    @Test
    void open_and_suffix_ranges_answer_the_tail() {
        var open = browser.get("/media/asset-clip", "Range", "bytes=990-");
        var suffix = browser.get("/media/asset-clip", "Range", "bytes=-5");
        var beyond = browser.get("/media/asset-clip", "Range", "bytes=900-5000");

        assertEquals("bytes 990-999/1000", open.header("content-range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(bytes, 995, 1000), suffix.bytes());
        assertEquals("bytes 900-999/1000", beyond.header("content-range").orElseThrow());
    }

    @Test
    void a_range_past_the_end_answers_416_with_the_size() {
        var answer = browser.get("/media/asset-clip", "Range", "bytes=1000-1200");

        assertEquals(416, answer.status());
        assertEquals("bytes */1000", answer.header("content-range").orElseThrow());
    }

    @Test
    void several_ranges_or_a_stale_if_range_answer_the_whole_file() {
        var several = browser.get("/media/asset-clip", "Range", "bytes=0-1,5-6");
        var stale = browser.get("/media/asset-clip", "Range", "bytes=0-1",
                "If-Range", "\"old\"");

        assertEquals(200, several.status());
        assertEquals(200, stale.status());
        assertEquals(1000, stale.bytes().length);
    }

    @Test
    void a_matching_etag_answers_304_without_reading_the_file() {
        var answer = browser.get("/media/asset-clip", "If-None-Match", "\"ab12cd34\"");

        assertEquals(304, answer.status());
        verify(PORTS.media, never()).open(any(), any());
    }

    @Test
    void someone_elses_file_and_a_signed_out_visitor_get_404() {
        when(PORTS.media.describe(ada.id(), new AssetId("asset-other")))
                .thenThrow(new Refusal.NotFound("Stored file"));

        var other = browser.get("/media/asset-other");
        browser.cookie = null;
        var signedOut = browser.get("/media/asset-clip");

        assertEquals(404, other.status());
        assertEquals(404, signedOut.status());
        assertEquals("application/problem+json", signedOut.contentType());
    }

    /** Bytes that can only be read in order, as the file store hands them out. */
    private static final class ReadOnlyForward extends FilterInputStream {

        ReadOnlyForward(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("A stored file is read from start to end");
        }
    }
}
