package live.mymovie.bootstrap;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import live.mymovie.application.generation.JobWorker;

/** Runs job workers on their own threads, each polling for due jobs, until closed. */
final class JobWorkers implements AutoCloseable {

    private static final Logger LOG = System.getLogger(JobWorkers.class.getName());

    private final List<Thread> threads = new ArrayList<>();
    private final Duration pollInterval;
    private volatile boolean running = true;

    private JobWorkers(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    static JobWorkers start(int count, Duration pollInterval, Supplier<JobWorker> workers) {
        JobWorkers pool = new JobWorkers(pollInterval);
        for (int i = 0; i < count; i++) {
            JobWorker worker = workers.get();
            Thread thread = Thread.ofPlatform().daemon().name("job-worker-" + i)
                    .start(() -> pool.loop(worker));
            pool.threads.add(thread);
        }
        LOG.log(Level.INFO, count + " job workers started");
        return pool;
    }

    private void loop(JobWorker worker) {
        while (running) {
            try {
                if (!worker.runNextJob()) {
                    Thread.sleep(pollInterval);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                LOG.log(Level.ERROR, "A job worker hit an error; it goes on", failure);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.multipliedBy(4));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
