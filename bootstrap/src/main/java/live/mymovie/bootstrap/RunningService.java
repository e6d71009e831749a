package live.mymovie.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import io.helidon.webserver.WebServer;

/** A started service: its web server, job workers and storage, stopped together. */
public final class RunningService implements AutoCloseable {

    private static final Logger LOG = System.getLogger(RunningService.class.getName());

    private final WebServer server;
    private final StoragePorts storage;
    private final Runnable housekeeping;
    private final List<AutoCloseable> resources;

    RunningService(WebServer server, StoragePorts storage, Runnable housekeeping,
            List<AutoCloseable> resources) {
        this.server = server;
        this.storage = storage;
        this.housekeeping = housekeeping;
        this.resources = new ArrayList<>(resources);
    }

    public int port() {
        return server.port();
    }

    /** The repositories and file store, for operations tools and tests. */
    public StoragePorts storage() {
        return storage;
    }

    /** Runs the daily housekeeping now. */
    public void runHousekeeping() {
        housekeeping.run();
    }

    /** Stops the server first, then the workers, then storage. */
    @Override
    public void close() {
        server.stop();
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception failure) {
                LOG.log(Level.WARNING, "Stopping " + resource.getClass().getSimpleName()
                        + " failed", failure);
            }
        }
        LOG.log(Level.INFO, "MyMovie.live stopped");
    }
}
