package live.mymovie.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogManager;

import live.mymovie.adapters.persistence.Database;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.application.ledger.LedgerAuditService;

/** Starts MyMovie.live, or runs one of its operator commands. */
public final class MyMovie {

    private static final Logger LOG = System.getLogger(MyMovie.class.getName());

    private MyMovie() {
    }

    public static void main(String[] args) {
        readLoggingSettings();
        String command = args.length == 0 ? "serve" : args[0];
        try {
            Settings settings = Settings.from(System.getenv());
            int exit = switch (command) {
                case "serve" -> serve(settings);
                case "check-ledger" -> checkLedger(settings);
                case "rotate-master-key" -> rotateMasterKey(settings);
                default -> usage(command);
            };
            if (exit != 0) {
                System.exit(exit);
            }
        } catch (ConfigurationError | IllegalStateException | IllegalArgumentException wrong) {
            LOG.log(Level.ERROR, "MyMovie.live " + command + " stopped: " + wrong.getMessage());
            System.exit(1);
        }
    }

    /** Starts the whole service with the given settings and clock. */
    public static RunningService start(Settings settings, Clock clock) {
        return Assembly.start(new ServiceSettings(settings), settings, clock);
    }

    private static int serve(Settings settings) {
        // Times are kept to the microsecond in storage, so the clock ticks in microseconds.
        RunningService service = start(settings, Clock.tick(Clock.systemUTC(),
                java.time.Duration.ofNanos(1000)));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        return 0;
    }

    private static int checkLedger(Settings settings) {
        try (Assembly.Storage storage = Assembly.openStorage(new ServiceSettings(settings),
                settings, Clock.systemUTC())) {
            var ports = storage.ports();
            List<String> problems = new LedgerAuditService(ports.accounts(), ports.ledger(),
                    ports.jobs()).checkAllAccounts();
            problems.forEach(problem -> LOG.log(Level.ERROR, problem));
            LOG.log(Level.INFO, "Ledger check: " + ports.accounts().allIds().size()
                    + " accounts, " + problems.size() + " problems");
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /**
     * Re-wraps every data key under a new master key, with the service stopped. The new key
     * comes from `MYMOVIE_NEW_MASTER_KEY` when set (then put it into `MYMOVIE_MASTER_KEY`
     * afterwards), else it is generated and replaces the key file in the data folder.
     */
    private static int rotateMasterKey(Settings settings) {
        ServiceSettings config = new ServiceSettings(settings);
        Optional<String> given = settings.get("MYMOVIE_NEW_MASTER_KEY");
        if (given.isEmpty() && !Secrets.masterKeyIsAFile(settings)) {
            throw new ConfigurationError("MYMOVIE_MASTER_KEY is set, so give the new key in "
                    + "MYMOVIE_NEW_MASTER_KEY (32 bytes in Base64)");
        }
        MasterKey newKey = given.map(Assembly::masterKey).orElseGet(MasterKey::generate);
        int rewrapped = Database.rotateMasterKey(config.persistence(),
                Assembly.encryption(config, settings), newKey);
        if (Secrets.masterKeyIsAFile(settings)) {
            Secrets.replaceMasterKeyFile(config.dataDir(), newKey.toBase64());
        }
        LOG.log(Level.INFO, "Master key rotated: " + rewrapped + " data keys re-wrapped"
                + (given.isPresent() ? "; now set MYMOVIE_MASTER_KEY to the new key" : ""));
        return 0;
    }

    private static int usage(String command) {
        LOG.log(Level.ERROR, "Unknown command '" + command
                + "'; use serve, check-ledger or rotate-master-key");
        return 2;
    }

    private static void readLoggingSettings() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = MyMovie.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "The logging settings could not be read", unreadable);
        }
    }
}
