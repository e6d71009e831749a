package live.mymovie.bootstrap;

/** A setting is missing or malformed; the service does not start and says which one. */
public final class ConfigurationError extends RuntimeException {

    public ConfigurationError(String message) {
        super(message, null, false, false);
    }
}
