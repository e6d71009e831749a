package live.mymovie.adapters.web.support;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * Finds the address of the person behind a request: the direct peer, or, when the peer is a
 * trusted proxy, the nearest untrusted address in {@code X-Forwarded-For}.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(ServerRequest request) {
        String peer = peer(request);
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> forwarded = request.headers().all(HeaderNames.X_FORWARDED_FOR, List::of)
                .stream()
                .flatMap(value -> Stream.of(value.split(",")))
                .toList();
        // Walk from the nearest hop outwards; each trusted proxy vouches for the next one.
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** True when the direct peer of the request is one of the trusted proxies. */
    public boolean fromTrustedProxy(ServerRequest request) {
        return trustedProxies.contains(peer(request));
    }

    private static String peer(ServerRequest request) {
        if (request.remotePeer().address() instanceof InetSocketAddress socket
                && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return request.remotePeer().host();
    }
}
