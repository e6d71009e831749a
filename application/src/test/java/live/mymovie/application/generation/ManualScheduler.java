package live.mymovie.application.generation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose repeating tasks run only when a test says so, so lease renewals happen
 * at moments the test chooses instead of on the wall clock.
 */
public final class ManualScheduler extends ScheduledThreadPoolExecutor {

    private final List<Scheduled> tasks = new CopyOnWriteArrayList<>();

    public ManualScheduler() {
        super(1, task -> {
            Thread thread = new Thread(task, "manual-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        setRemoveOnCancelPolicy(true);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay,
            long period, TimeUnit unit) {
        tasks.removeIf(t -> t.future().isCancelled());
        ScheduledFuture<?> future = super.schedule(() -> { }, 365, TimeUnit.DAYS);
        tasks.add(new Scheduled(command, future));
        return future;
    }

    /** Runs every repeating task that has not been cancelled, once. */
    public void runRepeatingTasks() {
        tasks.removeIf(t -> t.future().isCancelled());
        tasks.forEach(t -> t.command().run());
    }

    private record Scheduled(Runnable command, ScheduledFuture<?> future) {
    }
}
