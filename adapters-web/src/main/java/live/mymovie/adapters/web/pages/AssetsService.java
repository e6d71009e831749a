package live.mymovie.adapters.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import live.mymovie.adapters.web.support.RouteCatalog;

/**
 * The pages' scripts, styles and images from a classpath folder ({@code web/assets}); their
 * names carry no fingerprint, so browsers check back on every use.
 */
public final class AssetsService implements HttpService {

    private final HttpService files;
    private final RouteCatalog catalog;

    /** Assets from the given classpath folder. */
    public AssetsService(String folder, RouteCatalog catalog) {
        this.files = StaticContentFeature.createService(
                ClasspathHandlerConfig.builder().location(folder).build());
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules).get("/assets/{+path}", (request, response) -> {
            response.header(HeaderNames.CACHE_CONTROL, "no-cache");
            response.next();
        });
        rules.register("/assets", files);
    }
}
