package live.mymovie.application.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import live.mymovie.application.port.out.Transactions;

/**
 * Transactions for the in-memory fakes: one fair, reentrant lock serializes every unit of
 * work and every single call, and a failed unit restores what the enlisted fakes held.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<Snapshotting> stores = new CopyOnWriteArrayList<>();

    /** A fake whose state a failed unit of work puts back. */
    public interface Snapshotting {

        /** Copies the current state and answers the action that restores it. */
        Runnable snapshot();
    }

    /** Registers a fake whose writes a failed unit must undo. */
    public void enlist(Snapshotting store) {
        stores.add(store);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> restores = stores.stream().map(Snapshotting::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                restores.forEach(Runnable::run);
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one call of a fake under the lock, joining a unit of work already running. */
    public <T> T locked(Supplier<T> call) {
        lock.lock();
        try {
            return call.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs one write of a fake under the lock. */
    public void locked(Runnable call) {
        locked(() -> {
            call.run();
            return null;
        });
    }
}
