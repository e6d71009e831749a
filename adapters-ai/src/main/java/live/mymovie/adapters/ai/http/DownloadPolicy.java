package live.mymovie.adapters.ai.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where generated files may be fetched from and how much of them: https on listed hosts
 * (a leading dot allows sub-domains), or an exact origin listed with its scheme, which is how
 * tests allow a fake on 127.0.0.1.
 */
public record DownloadPolicy(List<String> allowed, long maxBytes, Duration timeout) {

    public DownloadPolicy {
        allowed = allowed.stream().map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.toLowerCase(Locale.ROOT)).toList();
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** True when the URL may be fetched under this policy. */
    public boolean permits(URI url) {
        String scheme = lower(url.getScheme());
        String host = lower(url.getHost());
        if (host.isEmpty() || url.getUserInfo() != null) {
            return false;
        }
        String origin = scheme + "://" + host + (url.getPort() < 0 ? "" : ":" + url.getPort());
        for (String entry : allowed) {
            if (entry.contains("://") ? entry.equals(origin) : hostMatches(scheme, host, entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hostMatches(String scheme, String host, String entry) {
        if (!scheme.equals("https")) {
            return false;
        }
        return entry.startsWith(".") ? host.endsWith(entry) : host.equals(entry);
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
