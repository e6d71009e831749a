package live.mymovie.adapters.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the static browser pages against the privacy policy and the security policy. */
class BrowserPagesTest {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z]+)([^>]*)>");
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("\\b(?:src|href|action|poster|srcset)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("from\\s+'([^']+)'");
    private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\bfor=\"([^\"]+)\"");
    private static final Pattern CONTROL =
            Pattern.compile("<(?:input|select|textarea)\\b([^>]*)>");

    @ParameterizedTest
    @ValueSource(strings = {"index", "signup", "login", "creations", "creation", "profile",
            "admin", "privacy", "terms"})
    void every_page_carries_the_csrf_token_the_session_and_the_shared_frame(String page) {
        String html = page(page);

        assertTrue(html.contains("<meta name=\"csrf-token\" content=\"{{csrfToken}}\">"));
        assertTrue(html.contains("data-signed-in=\"{{signedIn}}\""));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("href=\"/privacy\"") && html.contains("href=\"/terms\""));
        assertTrue(html.contains("href=\"/creations\"") && html.contains("data-logout"));
        assertTrue(html.contains("href=\"/login\"") && html.contains("href=\"/signup\""));
        assertTrue(html.contains("<script type=\"module\" src=\"/assets/js/" + page + ".js\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "signup", "login", "creations", "creation", "profile",
            "admin", "privacy", "terms"})
    void no_page_loads_anything_from_another_origin(String page) {
        Matcher tags = TAG.matcher(page(page));

        while (tags.find()) {
            if (tags.group(1).equalsIgnoreCase("a")) {
                continue;
            }
            Matcher urls = URL_ATTRIBUTE.matcher(tags.group(2));
            while (urls.find()) {
                assertSameOrigin(urls.group(1), page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "signup", "login", "creations", "creation", "profile",
            "admin", "privacy", "terms"})
    void no_page_holds_inline_script_style_or_event_handlers(String page) {
        String html = page(page);

        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(),
                "inline script in " + page);
        assertFalse(html.contains("<style"), "style element in " + page);
        assertFalse(Pattern.compile("\\sstyle\\s*=").matcher(html).find(), "style= in " + page);
        assertFalse(Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "event handler attribute in " + page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "signup", "login", "creations", "creation", "profile",
            "admin", "privacy", "terms"})
    void every_visible_form_control_has_a_label(String page) {
        String html = page(page);
        List<String> labelled = all(LABEL_FOR, html);
        Matcher controls = CONTROL.matcher(html);

        while (controls.find()) {
            String attributes = controls.group(1);
            if (attributes.contains("aria-hidden=\"true\"")) {
                continue;
            }
            String id = attribute(attributes, "id");
            assertTrue(labelled.contains(id), "control without label in " + page + ": "
                    + attributes.strip());
        }
    }

    @Test
    void scripts_and_styles_name_no_other_origin_and_never_parse_text_as_html()
            throws IOException {
        try (Stream<Path> files = Files.walk(webRoot().resolve("assets"))) {
            for (Path file : files.filter(this::isCodeOrStyle).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("://"), "absolute URL in " + file.getFileName());
                assertFalse(text.contains("innerHTML") || text.contains("outerHTML")
                        || text.contains("insertAdjacentHTML") || text.contains("eval("),
                        "HTML parsing or eval in " + file.getFileName());
                assertFalse(text.contains("@import"), "@import in " + file.getFileName());
            }
        }
    }

    @Test
    void every_imported_module_exists() throws IOException {
        Path scripts = webRoot().resolve("assets/js");
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path file : files.toList()) {
                for (String imported : all(IMPORT, Files.readString(file))) {
                    assertTrue(Files.isRegularFile(scripts.resolve(imported).normalize()),
                            file.getFileName() + " imports a missing " + imported);
                }
            }
        }
    }

    @Test
    void privacy_page_holds_every_line_of_the_policy_word_for_word() {
        String pageText = visibleText(page("privacy"));
        List<String> missing = new ArrayList<>();

        for (String line : resource("/web/privacy-policy.txt").split("\n")) {
            String expected = collapse(line.startsWith("- ") ? line.substring(2) : line);
            if (!expected.isEmpty() && !pageText.contains(expected)) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void privacy_page_shows_its_last_updated_date_prominently() {
        String html = page("privacy");

        assertTrue(html.contains("<p class=\"last-updated\">Last updated: "
                + "<time datetime=\"2026-05-26\">May 26, 2026</time></p>"));
    }

    @Test
    void sign_up_asks_to_confirm_the_age_of_13_and_links_the_policy() {
        String html = page("signup");

        assertTrue(Pattern.compile("<input id=\"signup-age\" name=\"confirmedAge13\" "
                + "type=\"checkbox\" required>").matcher(html).find());
        assertTrue(html.contains("<label for=\"signup-age\">I confirm I am 13 or older</label>"));
        assertTrue(html.contains("minlength=\"15\"") && html.contains("At least 15 characters"));
        assertTrue(html.contains("<a href=\"/privacy\">privacy policy</a>"));
    }

    @Test
    void terms_name_the_age_limit_credits_acceptable_use_and_the_contact() {
        String text = visibleText(page("terms"));

        assertTrue(text.contains("You must be 13 or older."));
        assertTrue(text.contains("Credits"));
        assertTrue(text.contains("Acceptable use"));
        assertTrue(text.contains("privacy@mymovie.live"));
    }

    private boolean isCodeOrStyle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") || name.endsWith(".css");
    }

    private static void assertSameOrigin(String url, String page) {
        String lower = url.toLowerCase();
        if (lower.startsWith("//") || lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            fail("page " + page + " loads " + url);
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(result -> result.group(1)).toList();
    }

    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return collapse(text);
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The page as the server sends it, with the shared header and footer put in. */
    private static String page(String name) {
        String html = resource("/web/pages/" + name + ".html");
        assertTrue(html.contains("{{header}}") && html.contains("{{footer}}"),
                name + " takes the shared header and footer");
        return html.replace("{{header}}", resource("/web/pages/partials/header.html"))
                .replace("{{footer}}", resource("/web/pages/partials/footer.html"));
    }

    private static String resource(String path) {
        try (InputStream in = BrowserPagesTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path webRoot() {
        try {
            return Path.of(BrowserPagesTest.class.getResource("/web").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
