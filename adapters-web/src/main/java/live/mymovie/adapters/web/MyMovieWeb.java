package live.mymovie.adapters.web;

import java.lang.System.Logger.Level;

import io.helidon.common.tls.Tls;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;

import live.mymovie.adapters.web.api.AdminService;
import live.mymovie.adapters.web.api.AuthService;
import live.mymovie.adapters.web.api.CreationsService;
import live.mymovie.adapters.web.api.JobEventsService;
import live.mymovie.adapters.web.api.JobsService;
import live.mymovie.adapters.web.api.MeService;
import live.mymovie.adapters.web.api.MediaService;
import live.mymovie.adapters.web.api.ObserveService;
import live.mymovie.adapters.web.pages.AssetsService;
import live.mymovie.adapters.web.pages.PagesService;
import live.mymovie.adapters.web.support.ClientAddress;
import live.mymovie.adapters.web.support.CsrfFilter;
import live.mymovie.adapters.web.support.ForwardedHttpsFilter;
import live.mymovie.adapters.web.support.HttpsRedirect;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.PemKeyPair;
import live.mymovie.adapters.web.support.Problems;
import live.mymovie.adapters.web.support.RateLimiter;
import live.mymovie.adapters.web.support.RequestFilter;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.SecurityHeaders;
import live.mymovie.adapters.web.support.SessionCookies;
import live.mymovie.adapters.web.support.SessionFilter;
import live.mymovie.domain.Refusal;

/** The entry point of the web adapter: the routing of the whole site and its server. */
public final class MyMovieWeb {

    private static final System.Logger LOG = System.getLogger(MyMovieWeb.class.getName());

    /** The classpath folder of the browser pages and their assets. */
    static final String SITE_FOLDER = "web";

    /** The name of the plain-HTTP listener that only redirects to HTTPS. */
    public static final String REDIRECT_SOCKET = "http-redirect";

    private MyMovieWeb() {
    }

    /**
     * Adds every filter, route and error handler of the site to the routing and answers the
     * catalog of its routes, filled in once the routing is built.
     */
    public static RouteCatalog routing(HttpRouting.Builder routing, WebPorts ports,
            WebSettings settings) {
        return routing(routing, ports, settings, SITE_FOLDER);
    }

    /** The routing with the pages and assets taken from another classpath folder. */
    static RouteCatalog routing(HttpRouting.Builder routing, WebPorts ports,
            WebSettings settings, String siteFolder) {
        var json = new Json(settings.jsonLimitBytes());
        var headers = new SecurityHeaders(settings);
        var cookies = new SessionCookies(settings);
        var limiter = new RateLimiter(ports.clock());
        var limits = settings.rateLimits();
        var catalog = new RouteCatalog();
        var clientAddress = new ClientAddress(settings.trustedProxies());

        new Problems(json, headers, cookies).register(routing);
        routing.addFilter(new RequestFilter(clientAddress, headers, ports.requestLog(),
                ports.clock()));
        if (settings.isHttps()) {
            routing.addFilter(new ForwardedHttpsFilter(clientAddress,
                    new HttpsRedirect(settings)));
        }
        routing.addFilter(new SessionFilter(cookies, ports.sessions()))
                .addFilter(new CsrfFilter(cookies, settings.acceptedOrigins()));

        routing.register(
                new AuthService(ports, cookies, json, limiter, limits, catalog),
                new MeService(ports, cookies, json, limiter, limits, catalog),
                new CreationsService(ports, json, settings.uploadLimitBytes(), catalog),
                new JobsService(ports, json, limiter, limits.generationPerAccount(), catalog),
                new JobEventsService(ports, json, settings.eventPollInterval(),
                        settings.eventStreamLimit(), catalog),
                new MediaService(ports, settings.mediaMaxAge(), catalog),
                new AdminService(ports, json, catalog),
                new ObserveService(ports, json, catalog),
                new PagesService(cookies, siteFolder + "/pages/", catalog),
                new AssetsService(siteFolder + "/assets", catalog));
        routing.any((request, response) -> {
            throw new Refusal.NotFound("Page");
        });
        return catalog;
    }

    /** A server for the site on the given address; the caller starts and stops it. */
    public static WebServer server(String host, int port, WebPorts ports, WebSettings settings) {
        return builder(host, port, ports, settings).build();
    }

    /**
     * A server for the site over HTTPS on the given address, plus, when the settings ask for
     * one, a plain-HTTP listener named {@link #REDIRECT_SOCKET} on the same host that sends
     * every request to the public https address; the caller starts and stops it.
     *
     * @throws IllegalArgumentException when the public URL is not https, or the PEM files
     *     cannot be read or do not belong together
     */
    public static WebServer server(String host, int port, WebPorts ports, WebSettings settings,
            TlsSettings tls) {
        var redirect = new HttpsRedirect(settings);
        var server = builder(host, port, ports, settings).tls(tls(tls));
        tls.redirectPort().ifPresent(redirectPort -> server.putSocket(REDIRECT_SOCKET,
                socket -> socket.host(host)
                        .port(redirectPort)
                        .routing(routing -> routing.any(redirect))));
        return server.build();
    }

    /**
     * Reads the PEM files again and serves their certificate on the new HTTPS connections of
     * a server made with TLS settings, e.g. once the certificate was renewed; connections
     * already open keep the previous one.
     *
     * @throws IllegalArgumentException when the files cannot be read or do not belong
     *     together; the server then keeps serving its current certificate
     */
    public static void reloadTls(WebServer server, TlsSettings tls) {
        server.reloadTls(tls(tls));
    }

    private static Tls tls(TlsSettings settings) {
        var keys = PemKeyPair.read(settings.certificateChain(), settings.privateKey());

        var certificate = keys.certChain().get(0);
        LOG.log(Level.INFO, "Serving HTTPS with the certificate of "
                + certificate.getSubjectX500Principal().getName() + ", valid until "
                + certificate.getNotAfter().toInstant());
        return Tls.create(config -> config.privateKey(keys).privateKeyCertChain(keys));
    }

    private static WebServerConfig.Builder builder(String host, int port, WebPorts ports,
            WebSettings settings) {
        return WebServer.builder()
                .host(host)
                .port(port)
                .routing(routing -> routing(routing, ports, settings));
    }
}
