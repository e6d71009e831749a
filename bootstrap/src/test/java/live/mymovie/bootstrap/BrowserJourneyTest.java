package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import live.mymovie.bootstrap.support.Browser;
import live.mymovie.bootstrap.support.TestImages;
import live.mymovie.bootstrap.support.TestService;

/**
 * A new person goes through the whole service in a real browser: sign-up, a creation with a
 * cast photo, a plan and a storyboard, the profile, the data export and account deletion.
 */
class BrowserJourneyTest {

    private static final String EMAIL = "nora@example.com";
    private static final String PASSWORD = "paper lanterns over the harbour";
    /** Keeps every policy violation of the tab in its session storage, across pages. */
    private static final String CSP_WATCH = """
            document.addEventListener('securitypolicyviolation', (e) => {
                const seen = JSON.parse(sessionStorage.getItem('csp') || '[]');
                seen.push(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI);
                sessionStorage.setItem('csp', JSON.stringify(seen));
            });""";

    private static TestService service;
    private static Browser browser;
    private static final List<String> console = new ArrayList<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        service = TestService.start();
        browser = Browser.start(1280, 900);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", CSP_WATCH));
    }

    @AfterAll
    static void stop() {
        browser.close();
        service.close();
    }

    @Test
    void a_new_user_makes_a_storyboard_downloads_their_data_and_deletes_the_account()
            throws Exception {
        signUp();
        String creationId = startCreationWithCastPhoto();
        runStep("PLAN", "2 credits");
        browser.visible("[data-plan] h3");
        int shots = browser.findAll("[data-shots] .shot").size();
        assertTrue(shots >= 3, "the plan has several shots");

        runStep("STORYBOARD", (2 * shots) + " credits");
        awaitFramesDrawn(shots);
        assertTrue(browser.visible(".shot .badge.local").getText().contains("Local preview"));

        String cookie = theOnlyCookie();
        openProfileAndRename();
        assertLedgerShowsGrantAndTwoCharges();
        assertExportHoldsEverything(cookie, creationId, 1 + shots);

        deleteAccount();
        assertEquals(401, send(cookie, "/api/v1/me").statusCode());
        assertTrue(browser.driver().manage().getCookies().isEmpty(), "no cookie is left");
        assertNoConsoleErrorsOrPolicyViolations();
    }

    private void signUp() {
        browser.open(service.uri() + "/");
        watchPage();
        browser.visible(".hero a[href='/signup']").click();
        browser.fill("#signup-email", EMAIL);
        browser.fill("#signup-password", PASSWORD);
        browser.find("#signup-age").click();
        browser.find("#signup-form button[type='submit']").click();

        browser.awaitUrl("/creations");
        watchPage();
        browser.awaitText("[data-balance]", "100 credits");
    }

    private String startCreationWithCastPhoto() throws IOException {
        browser.fill("#new-title-input", "The lantern festival");
        browser.fill("#new-prompt", "Nora builds a paper lantern for the harbour festival. "
                + "The wind tears it, her grandfather helps her mend it, and at night it "
                + "rises over the boats with all the others.");
        browser.find("#new-creation-form button[type='submit']").click();
        browser.visible("[data-creation-title]");
        watchPage();

        Path photo = temp.resolve("nora.png");
        Files.write(photo, TestImages.png(480, 360, new Color(40, 90, 200)));
        browser.fill("#reference-name", "Nora");
        browser.find("#reference-photo").sendKeys(photo.toString());
        browser.find("#reference-form button[type='submit']").click();
        browser.awaitScript("return document.querySelectorAll('[data-references] img').length"
                + " === 1 && document.querySelector('[data-references] img').naturalWidth > 0",
                "the cast photo shows");
        String path = browser.driver().getCurrentUrl();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void runStep(String kind, String cost) {
        WebElement button = browser.visible("[data-step='" + kind + "']");
        browser.awaitScript("return !arguments[0].disabled", kind + " can start", button);
        button.click();
        String dialog = browser.confirmDialog();
        assertTrue(dialog.contains("This costs " + cost), dialog);
    }

    /** Frames load lazily, so each is scrolled into view the way a person scrolls down. */
    private void awaitFramesDrawn(int shots) {
        browser.awaitScript("""
                const frames = [...document.querySelectorAll('[data-shots] .shot-media img')];
                frames.filter((img) => !img.naturalWidth).forEach((img) => img.scrollIntoView());
                return frames.length === arguments[0]
                    && frames.every((img) => img.complete && img.naturalWidth > 0);""",
                "every storyboard frame shows as an image", shots);
    }

    private String theOnlyCookie() {
        Set<Cookie> cookies = browser.driver().manage().getCookies();
        assertEquals(1, cookies.size(), cookies.toString());
        Cookie session = cookies.iterator().next();
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        return session.getName() + "=" + session.getValue();
    }

    private void openProfileAndRename() {
        browser.find(".site-header a[href='/profile']").click();
        browser.awaitUrl("/profile");
        watchPage();
        browser.fill("#name-input", "Nora the lantern maker");
        browser.find("#name-form button[type='submit']").click();
        browser.awaitText("#name-form [data-form-alert]", "Name saved.");
        assertEquals("Nora the lantern maker", browser.find("[data-fact='displayName']")
                .getText());
    }

    private void assertLedgerShowsGrantAndTwoCharges() {
        browser.awaitScript("return document.querySelectorAll('[data-ledger] tr').length === 3"
                + " && !document.querySelector('[data-ledger] td[colspan]')", "ledger rows");
        List<String> kinds = browser.findAll("[data-ledger] tr").stream()
                .map(row -> row.findElements(By.tagName("td")).get(1)
                        .getText())
                .sorted().toList();
        assertEquals(List.of("Charge", "Charge", "Grant"), kinds);
    }

    private void assertExportHoldsEverything(String cookie, String creationId, int files)
            throws Exception {
        WebElement link = browser.visible("a[href='/api/v1/me/export']");
        link.click();
        HttpResponse<byte[]> export = send(cookie, link.getDomAttribute("href"));
        assertEquals(200, export.statusCode());

        Set<String> names = zipEntries(export.body());
        assertTrue(names.contains("account.json"), names.toString());
        assertTrue(names.contains("ledger.json"), names.toString());
        String folder = "creations/" + creationId + "/";
        assertTrue(names.contains(folder + "creation.json"), names.toString());
        long stored = names.stream().filter(n -> n.startsWith(folder)
                && !n.endsWith("creation.json")).count();
        assertEquals(files, stored, "the cast photo and every frame: " + names);
    }

    private void deleteAccount() {
        browser.fill("#delete-password", PASSWORD);
        browser.fill("#delete-confirm", "DELETE");
        browser.find("#delete-account-form button[type='submit']").click();
        browser.awaitUrl("deleted=1");
        watchPage();
        browser.awaitText("[data-page-alert]", "were deleted");
        browser.visible(".site-header a[href='/signup']");
    }

    /** Reads the console and the violations seen by the page before it is left. */
    private void watchPage() {
        console.addAll(browser.consoleLines());
    }

    private void assertNoConsoleErrorsOrPolicyViolations() {
        Object seen = browser.script("return JSON.parse(sessionStorage.getItem('csp') || '[]')");
        assertEquals(List.of(), seen, "content security policy violations");
        watchPage();
        List<String> errors = console.stream()
                .filter(line -> line.startsWith("SEVERE") || line.contains("Refused to")
                        || line.contains("Content Security Policy")).toList();
        assertEquals(List.of(), errors, "console errors or policy violations");
    }

    private static HttpResponse<byte[]> send(String cookie, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.uri() + path))
                .header("Cookie", cookie).GET().build();
        try {
            return HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Set<String> zipEntries(byte[] zip) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
