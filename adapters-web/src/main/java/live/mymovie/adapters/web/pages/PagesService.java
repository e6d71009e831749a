package live.mymovie.adapters.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.SessionCookies;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.domain.Refusal;

/**
 * The site's pages: HTML files from a classpath folder ({@code web/pages}), with the CSRF
 * token and the signed-in flag filled in; private pages send signed-out visitors to log in.
 */
public final class PagesService implements HttpService {

    private static final Set<String> PRIVATE = Set.of("creations", "creation", "profile",
            "admin");

    private final SessionCookies cookies;
    private final String folder;
    private final RouteCatalog catalog;

    /** Pages from the given classpath folder, ending in a slash. */
    public PagesService(SessionCookies cookies, String folder, RouteCatalog catalog) {
        this.cookies = cookies;
        this.folder = folder;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/", page("index"))
                .get("/signup", page("signup"))
                .get("/login", page("login"))
                .get("/creations", page("creations"))
                .get("/creations/{id}", page("creation"))
                .get("/profile", page("profile"))
                .get("/admin", page("admin"))
                .get("/privacy", page("privacy"))
                .get("/terms", page("terms"));
    }

    private Handler page(String name) {
        return (request, response) -> send(request, response, name);
    }

    private void send(ServerRequest request, ServerResponse response, String name) {
        Visitor visitor = Visitor.of(request);
        if (PRIVATE.contains(name) && !visitor.isSignedIn()) {
            response.headers().location(URI.create("/login"));
            response.status(Status.SEE_OTHER_303).send();
            return;
        }
        String token = visitor.isSignedIn() ? cookies.csrfToken(visitor.sessionId()) : "";
        String html = withPartials(load(name))
                .replace("{{csrfToken}}", escape(token))
                .replace("{{signedIn}}", Boolean.toString(visitor.isSignedIn()));

        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        response.send(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts in the header and footer every page shares, kept once in {@code partials/}. */
    private String withPartials(String html) {
        String page = html;
        for (String partial : new String[] {"header", "footer"}) {
            String placeholder = "{{" + partial + "}}";
            if (page.contains(placeholder)) {
                page = page.replace(placeholder, load("partials/" + partial));
            }
        }
        return page;
    }

    private String load(String name) {
        try (InputStream in = PagesService.class.getClassLoader()
                .getResourceAsStream(folder + name + ".html")) {
            if (in == null) {
                throw new Refusal.NotFound("Page");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
