package live.mymovie.adapters.web.pages;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

import live.mymovie.adapters.web.support.RouteCatalog;

/**
 * The pages' scripts, styles and images from the classpath folder {@code web/assets}; their
 * names carry no fingerprint, so browsers check back on every use.
 */
public final class AssetsService implements HttpService {

    private final HttpService files = StaticContentFeature.createService(
            ClasspathHandlerConfig.builder().location("web/assets").build());
    private final RouteCatalog catalog;

    public AssetsService(RouteCatalog catalog) {
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
