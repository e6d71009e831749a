package live.mymovie.adapters.ai.catalog;

import java.time.Clock;
import java.util.Objects;

import io.vertx.core.Vertx;

/** What a factory builds its adapters from: their settings, the shared Vert.x and a clock. */
public record ProviderContext(ProviderSettings settings, Vertx vertx, Clock clock) {

    public ProviderContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
    }
}
