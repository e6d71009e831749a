package live.mymovie.adapters.ai.catalog;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import io.vertx.core.Vertx;

/**
 * Knows every registered provider factory and builds the five ports from the step-to-provider
 * choice and each provider's settings, failing at start-up when a choice cannot work.
 */
public final class ProviderCatalog {

    private static final Logger LOG = System.getLogger(ProviderCatalog.class.getName());

    private final Map<String, ProviderFactory> factories = new TreeMap<>();

    private ProviderCatalog(List<ProviderFactory> found) {
        for (ProviderFactory factory : found) {
            ProviderFactory earlier = factories.putIfAbsent(factory.name(), factory);
            if (earlier != null) {
                throw new IllegalStateException("Two providers are named " + factory.name()
                        + ": " + earlier.getClass().getName() + " and "
                        + factory.getClass().getName());
            }
        }
    }

    /** The factories registered through {@code META-INF/services} on the class path. */
    public static ProviderCatalog discover() {
        return of(ServiceLoader.load(ProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get).map(ProviderFactory.class::cast).toList());
    }

    /** A catalog of exactly these factories. */
    public static ProviderCatalog of(List<ProviderFactory> factories) {
        return new ProviderCatalog(factories);
    }

    /** The names of the registered providers. */
    public Set<String> names() {
        return Set.copyOf(factories.keySet());
    }

    /**
     * Builds the five ports.
     *
     * @param settings each provider's settings by name; a provider missing here gets none
     * @throws IllegalStateException naming the step, provider or variable that is wrong
     */
    public Providers build(ProviderSelection selection, Map<String, ProviderSettings> settings,
            Vertx vertx, Clock clock) {
        Objects.requireNonNull(selection, "selection");
        return new Providers(
                factoryFor(Step.PLANNER, selection).storyPlanner(
                        context(Step.PLANNER, selection, settings, vertx, clock)),
                factoryFor(Step.IMAGE, selection).imageGenerator(
                        context(Step.IMAGE, selection, settings, vertx, clock)),
                factoryFor(Step.VIDEO, selection).videoGenerator(
                        context(Step.VIDEO, selection, settings, vertx, clock)),
                factoryFor(Step.MUSIC, selection).musicComposer(
                        context(Step.MUSIC, selection, settings, vertx, clock)),
                factoryFor(Step.VOICE, selection).voiceSynthesizer(
                        context(Step.VOICE, selection, settings, vertx, clock)));
    }

    private ProviderFactory factoryFor(Step step, ProviderSelection selection) {
        String name = selection.providerFor(step);
        ProviderFactory factory = factories.get(name);
        if (factory == null) {
            throw new IllegalStateException("The " + step.key() + " step is set to '" + name
                    + "', but no such provider is registered; known: " + factories.keySet());
        }
        if (!factory.steps().contains(step)) {
            throw new IllegalStateException("The " + step.key() + " step is set to '" + name
                    + "', but " + name + " serves only " + factory.steps());
        }
        return factory;
    }

    private ProviderContext context(Step step, ProviderSelection selection,
            Map<String, ProviderSettings> settings, Vertx vertx, Clock clock) {
        ProviderFactory factory = factoryFor(step, selection);
        ProviderSettings own = settings.getOrDefault(factory.name(),
                ProviderSettings.empty(factory.name()));
        if (factory.needsApiKey() && own.apiKey() == null) {
            throw new IllegalStateException("The " + step.key() + " step is set to "
                    + factory.name() + ", but " + own.apiKeyVariable() + " is not set.");
        }
        LOG.log(Level.INFO, "The {0} step uses the {1} provider", step.key(), factory.name());
        return new ProviderContext(own, vertx, clock);
    }
}
