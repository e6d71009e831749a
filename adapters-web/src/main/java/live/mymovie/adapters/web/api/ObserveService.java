package live.mymovie.adapters.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RouteCatalog;

/** Health for load balancers and the OpenAPI description of the API. */
public final class ObserveService implements HttpService {

    /** Where the OpenAPI document lives on the classpath. */
    public static final String OPENAPI = "live/mymovie/adapters/web/openapi.yaml";

    private final BooleanSupplier databaseReachable;
    private final Json json;
    private final RouteCatalog catalog;
    private final byte[] openApi;

    public ObserveService(WebPorts ports, Json json, RouteCatalog catalog) {
        this.databaseReachable = ports.databaseReachable();
        this.json = json;
        this.catalog = catalog;
        this.openApi = loadOpenApi();
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/observe/health", this::health)
                .get("/openapi.yaml", this::openApi);
    }

    private void health(ServerRequest request, ServerResponse response) {
        boolean up = databaseReachable.getAsBoolean();
        json.send(response, up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503,
                new Health(up ? "UP" : "DOWN"));
    }

    private void openApi(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "application/yaml; charset=utf-8");
        response.send(openApi);
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = ObserveService.class.getClassLoader().getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document is missing: " + OPENAPI);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Health(String status) {
    }
}
