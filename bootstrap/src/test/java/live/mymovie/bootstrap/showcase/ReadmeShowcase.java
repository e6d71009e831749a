package live.mymovie.bootstrap.showcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.Browser;
import live.mymovie.bootstrap.support.TestService;

/**
 * Makes the README's screenshots and the sample output folder: one story taken through
 * every step on the local providers, in Chromium, the way a creator would.
 *
 * <p>Run from the repository root with the bootstrap test classpath; the argument is the
 * repository root (default: the working folder).
 */
public final class ReadmeShowcase {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PROMPT = "Maya lives with her grandfather in the lighthouse "
            + "on a rocky island. One stormy evening the great lamp goes dark. Maya climbs "
            + "the spiral stairs with a lantern while the waves crash below. She finds the "
            + "loose wire and mends it with her grandfather's tools. The beam sweeps the sea "
            + "again and a small fishing boat turns safely for the harbour.";

    private final Browser browser;
    private final TestService service;
    private final Path root;

    private ReadmeShowcase(Browser browser, TestService service, Path root) {
        this.browser = browser;
        this.service = service;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try (TestService service = TestService.start(Map.of());
                Browser browser = Browser.start(1280, 1000)) {
            new ReadmeShowcase(browser, service, root).run();
        }
    }

    private void run() throws IOException {
        signUp();
        String creationId = createStory();
        makeEverything();
        screenshotStoryboard();
        saveSampleOutput(creationId);
        screenshotProfile();
    }

    private void signUp() {
        browser.open(service.uri() + "/signup");
        browser.fill("#signup-email", "maya.writer@example.com");
        browser.fill("#signup-password", "the lamp must never go dark");
        browser.fill("#signup-display-name", "Maya's mum");
        browser.find("#signup-age").click();
        browser.find("#signup-form button[type='submit']").click();
        browser.awaitUrl("/creations");
        browser.awaitText("[data-balance]", "credits");
    }

    private String createStory() throws IOException {
        browser.fill("#new-title-input", "The lighthouse keeper's granddaughter");
        browser.fill("#new-prompt", PROMPT);
        browser.find("#new-creation-form button[type='submit']").click();
        browser.visible("[data-creation-title]");
        upload("CAST", "Maya", "maya.png", ShowcasePhotos.portrait());
        upload("LOCATION", "the lighthouse", "lighthouse.png", ShowcasePhotos.lighthouse());
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void upload(String kind, String name, String fileName, byte[] photo)
            throws IOException {
        Path file = Files.createTempDirectory("mymovie-showcase-").resolve(fileName);
        Files.write(file, photo);
        int before = browser.findAll("[data-references] img").size();
        new Select(browser.find("#reference-kind"))
                .selectByValue(kind);
        browser.fill("#reference-name", name);
        browser.find("#reference-photo").sendKeys(file.toString());
        browser.find("#reference-form button[type='submit']").click();
        browser.awaitScript("return document.querySelectorAll('[data-references] img').length"
                + " === arguments[0]", name + " shows", before + 1);
        Files.delete(file);
        Files.delete(file.getParent());
    }

    private void makeEverything() {
        step("[data-step='PLAN']");
        browser.visible("[data-plan] h3");
        step("[data-step='STORYBOARD']");
        awaitFrames();
        step("[data-shots] .shot:first-child .shot-actions button:not(.secondary)");
        browser.visible("[data-shots] .shot:first-child video");
        step("[data-step='SOUNDTRACK']");
        browser.visible("[data-soundtrack] audio");
        step("[data-step='VOICEOVER']");
        browser.visible("[data-voiceover] audio");
        browser.awaitScript("return [...document.querySelectorAll('.job .badge')]"
                + ".every((b) => b.textContent.startsWith('Done'))", "every job is done");
    }

    private void step(String button) {
        browser.awaitScript("const b = document.querySelector(arguments[0]);"
                + " return b !== null && !b.disabled", button + " can start", button);
        browser.click(button);
        browser.confirmDialog();
    }

    private void awaitFrames() {
        browser.awaitScript("""
                const frames = [...document.querySelectorAll('[data-shots] .shot-media img')];
                frames.filter((img) => !img.naturalWidth).forEach((img) => img.scrollIntoView());
                return frames.length > 0 && frames.length
                        === document.querySelectorAll('[data-shots] .shot').length
                    && frames.every((img) => img.complete && img.naturalWidth > 0);""",
                "every frame shows");
    }

    /** The story plan and the storyboard down to its last shot, at the window's width. */
    private void screenshotStoryboard() throws IOException {
        browser.script("document.querySelectorAll('.job button').forEach((b) => b.click());"
                + "window.scrollTo(0, 0);");
        showTheClipAsAStill();
        Object box = browser.script("""
                const top = document.getElementById('plan-title').closest('section');
                const board = document.querySelector('[data-shots]');
                const a = top.getBoundingClientRect(), b = board.getBoundingClientRect();
                return [a.top + window.scrollY - 16, b.bottom + window.scrollY + 16];""");
        List<?> edges = (List<?>) box;
        double top = ((Number) edges.get(0)).doubleValue();
        double bottom = ((Number) edges.get(1)).doubleValue();
        capture(root.resolve("docs/screenshots/creation-storyboard.png"), top, bottom - top);
    }

    /** Seeks the clip into its motion and waits until that frame is on screen. */
    private void showTheClipAsAStill() {
        browser.script("document.querySelectorAll('[data-shots] video').forEach((v) => {"
                + " v.preload = 'auto'; v.currentTime = 3; })");
        browser.awaitScript("return [...document.querySelectorAll('[data-shots] video')]"
                + ".every((v) => v.readyState === 4 && !v.seeking)", "the clip shows a frame");
        // headless Chromium keeps the controls' loading spinner on, so the still goes bare
        browser.script("document.querySelectorAll('[data-shots] video')"
                + ".forEach((v) => { v.controls = false; })");
    }

    private void screenshotProfile() throws IOException {
        browser.find(".site-header a[href='/profile']").click();
        browser.awaitUrl("/profile");
        browser.awaitScript("return document.querySelectorAll('[data-ledger] tr').length >= 6",
                "the ledger shows");
        browser.visible("[data-profile-creations] article");
        Object height = browser.script("return document.querySelector('#export-title')"
                + ".closest('section').getBoundingClientRect().top + window.scrollY - 24");
        capture(root.resolve("docs/screenshots/profile.png"), 0,
                ((Number) height).doubleValue());
    }

    /** Captures a band of the whole page, beyond the window if needed, as PNG. */
    private void capture(Path file, double top, double height) throws IOException {
        // a fixed background would be painted once per window height beyond the window
        browser.script("document.body.style.backgroundAttachment = 'scroll'");
        Map<String, Object> clip = Map.of("x", 0, "y", top, "width", 1280, "height", height,
                "scale", 1);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void saveSampleOutput(String creationId) throws IOException {
        ApiClient api = new ApiClient(service.uri());
        Cookie cookie = browser.driver().manage().getCookies().iterator().next();
        api.useCookie(cookie.getName() + "=" + cookie.getValue());
        JsonNode creation = api.get("/api/v1/creations/" + creationId).expect(200).json();
        Path folder = root.resolve("docs/sample-output");
        Files.createDirectories(folder);

        ArrayNode shots = JSON.createArrayNode();
        for (JsonNode shot : creation.path("shots")) {
            shots.add(saveShot(api, folder, (ObjectNode) shot.deepCopy()));
        }
        ObjectNode plan = ((ObjectNode) creation.path("plan").deepCopy());
        plan.set("shots", shots);
        JSON.writeValue(folder.resolve("plan.json").toFile(), plan);
        save(api, creation.path("soundtrack"), folder.resolve("soundtrack.wav"));
        save(api, creation.path("voiceover"), folder.resolve("voiceover.wav"));
    }

    private ObjectNode saveShot(ApiClient api, Path folder, ObjectNode shot) {
        int number = shot.path("number").asInt();
        save(api, shot.path("frame"), folder.resolve("frame-" + number + ".png"));
        if (shot.hasNonNull("clip")) {
            save(api, shot.path("clip"), folder.resolve("clip-" + number + ".mp4"));
        }
        shot.remove(List.of("frame", "clip"));
        return shot;
    }

    private static void save(ApiClient api, JsonNode file, Path target) {
        try {
            Files.write(target, api.get(file.path("mediaUrl").asText()).expect(200).bytes());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
