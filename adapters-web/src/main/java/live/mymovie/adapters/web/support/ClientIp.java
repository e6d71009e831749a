package live.mymovie.adapters.web.support;

import io.helidon.webserver.http.ServerRequest;

/** The address of the person behind a request, as the request filter worked it out. */
public record ClientIp(String value) {

    public static String of(ServerRequest request) {
        return request.context().get(ClientIp.class).map(ClientIp::value).orElse("unknown");
    }
}
