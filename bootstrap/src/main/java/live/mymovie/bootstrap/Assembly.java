package live.mymovie.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.helidon.webserver.WebServer;
import io.vertx.core.Vertx;

import live.mymovie.adapters.ai.catalog.ProviderCatalog;
import live.mymovie.adapters.ai.catalog.ProviderSelection;
import live.mymovie.adapters.ai.catalog.ProviderSettings;
import live.mymovie.adapters.ai.imaging.ImageIoPhotoInspector;
import live.mymovie.adapters.ai.imaging.PhotoInspectorSettings;
import live.mymovie.adapters.persistence.BcryptPasswordHasher;
import live.mymovie.adapters.persistence.Database;
import live.mymovie.adapters.persistence.EncryptionSettings;
import live.mymovie.adapters.persistence.ListCommonPasswords;
import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.web.MyMovieWeb;
import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.WebSettings;
import live.mymovie.application.account.AccountDeletionService;
import live.mymovie.application.account.AccountEraser;
import live.mymovie.application.account.AccountService;
import live.mymovie.application.account.AccountSettings;
import live.mymovie.application.account.SessionService;
import live.mymovie.application.admin.AdminService;
import live.mymovie.application.creation.CreationService;
import live.mymovie.application.creation.MediaKeeper;
import live.mymovie.application.generation.GenerationService;
import live.mymovie.application.generation.JobCanceller;
import live.mymovie.application.generation.JobOutcomes;
import live.mymovie.application.generation.JobSettings;
import live.mymovie.application.generation.JobWorker;
import live.mymovie.application.generation.Providers;
import live.mymovie.application.generation.StepLimits;
import live.mymovie.application.operations.RequestLogService;
import live.mymovie.application.port.out.PhotoInspector;
import live.mymovie.application.privacy.DataExportService;

/** Builds every adapter and use case from the settings and wires them together. */
final class Assembly {

    private static final Logger LOG = System.getLogger(Assembly.class.getName());
    private static final long MAX_STORED_FILE_BYTES = 512L * 1024 * 1024;

    private Assembly() {
    }

    /** The storage adapters, opened together and closed together. */
    record Storage(Database database, StoragePorts ports) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    static Storage openStorage(ServiceSettings config, Settings settings, Clock clock) {
        byte[] pepper = Secrets.keys(settings, "MYMOVIE_PASSWORD_PEPPER", config.dataDir(),
                "password-pepper").get(0);
        Database database = Database.open(config.persistence(), encryption(config, settings),
                clock);
        var files = database.mediaStore(config.dataDir().resolve("media"));
        var hasher = new BcryptPasswordHasher(config.bcryptCost(), pepper);
        return new Storage(database, new StoragePorts(database.accounts(),
                database.creations(), database.mediaAssets(), files, database.ledger(),
                database.jobs(), database.sessions(), database.requestLogs(),
                database.transactions(), hasher, new ListCommonPasswords()));
    }

    /** The master key and the folder of the per-account data keys it wraps. */
    static EncryptionSettings encryption(ServiceSettings config, Settings settings) {
        return EncryptionSettings.in(config.dataDir(), masterKey(Secrets.masterKey(settings,
                config.dataDir())));
    }

    static MasterKey masterKey(String base64) {
        try {
            return MasterKey.fromBase64(base64);
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationError(Secrets.MASTER_KEY + " must be 32 bytes in Base64 ("
                    + invalid.getMessage() + ")");
        }
    }

    static RunningService start(ServiceSettings config, Settings settings, Clock clock) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            return start(config, settings, clock, resources);
        } catch (RuntimeException failure) {
            resources.reversed().forEach(Assembly::closeQuietly);
            throw failure;
        }
    }

    private static RunningService start(ServiceSettings config, Settings settings, Clock clock,
            List<AutoCloseable> resources) {
        Storage storage = openStorage(config, settings, clock);
        resources.add(storage);
        StoragePorts s = storage.ports();
        Vertx vertx = Vertx.vertx();
        resources.add(() -> vertx.close().await());
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2,
                Thread.ofPlatform().daemon().name("scheduler-", 0).factory());
        resources.add(scheduler::shutdownNow);

        AccountSettings accountSettings = config.accounts();
        JobSettings jobSettings = config.jobs();
        Providers providers = providers(settings, vertx, clock);
        var keeper = new MediaKeeper(s.files(), s.assets(), MAX_STORED_FILE_BYTES, clock);
        var outcomes = new JobOutcomes(s.jobs(), s.ledger(), s.transactions(), clock);
        var requestLog = new RequestLogService(s.requestLogs(), s.accounts(),
                config.logRetention(), clock);
        Runnable housekeeping = () -> Housekeeping.runOnce(requestLog,
                () -> s.sessions().deleteExpired(clock.instant()));

        WebPorts ports = webPorts(s, accountSettings, jobSettings, config, providers, keeper,
                outcomes, requestLog, storage, clock);
        List<String> sessionKeys = Secrets.keys(settings, "MYMOVIE_SESSION_SECRET",
                config.dataDir(), "session-secret").stream()
                .map(key -> Base64.getEncoder().encodeToString(key)).toList();
        WebSettings web = config.web(sessionKeys, accountSettings);
        WebServer server = config.tls()
                .map(tls -> MyMovieWeb.server(config.host(), config.port(), ports, web, tls))
                .orElseGet(() -> MyMovieWeb.server(config.host(), config.port(), ports, web));
        server.start();

        resources.add(startWorkers(config, s, providers, keeper, outcomes, jobSettings,
                scheduler, clock));
        scheduler.scheduleAtFixedRate(housekeeping, 0, 1, TimeUnit.DAYS);
        LOG.log(Level.INFO, "MyMovie.live is running: open " + config.publicUrl());
        return new RunningService(server, s, housekeeping, resources);
    }

    private static WebPorts webPorts(StoragePorts s, AccountSettings accountSettings,
            JobSettings jobSettings, ServiceSettings config, Providers providers,
            MediaKeeper keeper, JobOutcomes outcomes, RequestLogService requestLog,
            Storage storage, Clock clock) {
        var accounts = new AccountService(s.accounts(), s.ledger(), s.passwordHasher(),
                s.commonPasswords(), s.sessions(), s.transactions(), accountSettings, clock);
        var sessions = new SessionService(s.sessions(), s.accounts(), accountSettings, clock);
        var eraser = new AccountEraser(s.accounts(), s.creations(), s.assets(), s.files(),
                s.ledger(), s.jobs(), s.sessions(), s.requestLogs(), s.transactions());
        var creations = new CreationService(s.creations(), s.assets(), s.files(), keeper,
                photoInspector(), clock);
        var generation = new GenerationService(s.creations(), s.jobs(), s.ledger(),
                s.transactions(), config.prices(), jobSettings,
                new JobCanceller(outcomes, providers.videos()), clock);
        return new WebPorts(accounts, accounts, sessions, accounts, accounts, accounts,
                new AccountDeletionService(s.accounts(), s.passwordHasher(), eraser),
                new DataExportService(s.accounts(), s.creations(), s.ledger(),
                        s.requestLogs(), s.assets(), s.files()),
                creations, generation, creations,
                new AdminService(s.accounts(), s.ledger(), s.requestLogs(), s.jobs()),
                requestLog, storage.database()::isReachable, clock);
    }

    private static PhotoInspector photoInspector() {
        return new ImageIoPhotoInspector(PhotoInspectorSettings.defaults());
    }

    private static Providers providers(Settings settings, Vertx vertx, Clock clock) {
        ProviderCatalog catalog = ProviderCatalog.discover();
        Map<String, ProviderSettings> byName = new HashMap<>();
        for (String name : catalog.names()) {
            byName.put(name, ProviderSettings.fromVariables(name, settings.all()));
        }
        var built = catalog.build(ProviderSelection.parse(
                settings.text("MYMOVIE_PROVIDERS", "")), byName, vertx, clock);
        return new Providers(built.storyPlanner(), built.imageGenerator(),
                built.videoGenerator(), built.musicComposer(), built.voiceSynthesizer());
    }

    private static JobWorkers startWorkers(ServiceSettings config, StoragePorts s,
            Providers providers, MediaKeeper keeper, JobOutcomes outcomes,
            JobSettings jobSettings, ScheduledExecutorService scheduler, Clock clock) {
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        AtomicInteger next = new AtomicInteger();
        StepLimits limits = config.stepLimits();
        return JobWorkers.start(config.workers(), config.jobPollInterval(),
                () -> new JobWorker(instance + "/" + next.incrementAndGet(), s.jobs(),
                        s.creations(), keeper, providers, outcomes, jobSettings, limits,
                        scheduler, clock));
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception failure) {
            LOG.log(Level.WARNING, "Closing after a failed start failed", failure);
        }
    }
}
