package live.mymovie.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import live.mymovie.application.port.in.RecordRequestsUseCase;

/** Forgets request-log rows past their retention and expired sessions; run daily. */
final class Housekeeping {

    private static final Logger LOG = System.getLogger(Housekeeping.class.getName());

    private Housekeeping() {
    }

    static void runOnce(RecordRequestsUseCase requestLog, Runnable expiredSessions) {
        try {
            int purged = requestLog.purgeExpired();
            expiredSessions.run();
            LOG.log(Level.INFO, "Housekeeping: " + purged + " expired request-log rows removed");
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "Housekeeping failed; it runs again tomorrow", failure);
        }
    }
}
