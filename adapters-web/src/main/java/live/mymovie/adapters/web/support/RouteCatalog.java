package live.mymovie.adapters.web.support;

import java.util.ArrayList;
import java.util.List;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;

/** Registers routes and remembers each one, so the OpenAPI document can be checked. */
public final class RouteCatalog {

    private final List<String> routes = new ArrayList<>();

    /** A registrar over one service's rules. */
    public Routes on(HttpRules rules) {
        return new Routes(rules);
    }

    /** Every route registered so far, as "METHOD /path/{param}". */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Adds routes to a service's rules and to the catalog. */
    public final class Routes {
        private final HttpRules rules;

        private Routes(HttpRules rules) {
            this.rules = rules;
        }

        public Routes get(String path, Handler handler) {
            return add(Method.GET, path, handler);
        }

        public Routes post(String path, Handler handler) {
            return add(Method.POST, path, handler);
        }

        public Routes patch(String path, Handler handler) {
            return add(Method.PATCH, path, handler);
        }

        public Routes delete(String path, Handler handler) {
            return add(Method.DELETE, path, handler);
        }

        private Routes add(Method method, String path, Handler handler) {
            rules.route(method, path, handler);
            routes.add(method.text() + " " + path);
            return this;
        }
    }
}
