package live.mymovie.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * The one way repositories reach the database: a mapper call joins the unit of work bound
 * to the thread, or commits by itself when there is none; every failure leaves as a
 * {@link StorageFailure}.
 */
final class MyBatisSessions {

    private static final System.Logger LOG = System.getLogger(MyBatisSessions.class.getName());

    private final SqlSessionManager manager;
    private final ThreadLocal<List<Runnable>> afterCommit =
            ThreadLocal.withInitial(ArrayList::new);

    MyBatisSessions(SqlSessionManager manager) {
        this.manager = manager;
    }

    /** Calls one mapper. */
    <M, T> T call(Class<M> mapper, Function<M, T> call) {
        try {
            return call.apply(manager.getMapper(mapper));
        } catch (PersistenceException e) {
            throw new StorageFailure("A database call failed", e);
        }
    }

    /** Runs the work in the thread's unit of work, starting one when none is running. */
    <T> T inUnit(Supplier<T> work) {
        if (manager.isManagedSessionStarted()) {
            return work.get();
        }
        manager.startManagedSession();
        T result;
        try {
            result = work.get();
            manager.commit(true);
        } catch (PersistenceException failure) {
            rollbackAfter(failure);
            throw new StorageFailure("A unit of work failed", failure);
        } catch (RuntimeException | Error failure) {
            rollbackAfter(failure);
            throw failure;
        } finally {
            manager.close();
        }
        runAfterCommit();
        return result;
    }

    /**
     * Runs the action once the thread's unit of work has committed, or now when none is
     * running; a unit rolled back drops it.
     */
    void afterCommit(Runnable action) {
        if (manager.isManagedSessionStarted()) {
            afterCommit.get().add(action);
        } else {
            action.run();
        }
    }

    /** The writes are in; an action that fails now is logged and reported to the caller. */
    private void runAfterCommit() {
        List<Runnable> actions = List.copyOf(afterCommit.get());
        afterCommit.remove();
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "An action after a commit failed", e);
                throw new StorageFailure("The unit of work committed, but an action after"
                        + " it failed", e);
            }
        }
    }

    /**
     * Runs a write that a constraint may refuse so that, inside a unit of work, the refusal
     * undoes only this write and the unit stays usable (PostgreSQL would abort it otherwise).
     */
    <T> T guarded(Supplier<T> write) {
        if (!manager.isManagedSessionStarted()) {
            return write.get();
        }
        Connection connection = manager.getConnection();
        Savepoint savepoint = savepoint(connection);
        try {
            T result = write.get();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            throw new StorageFailure("Releasing a savepoint failed", e);
        } catch (RuntimeException failure) {
            rollbackTo(connection, savepoint, failure);
            throw failure;
        }
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new StorageFailure("Setting a savepoint failed", e);
        }
    }

    private static void rollbackTo(Connection connection, Savepoint savepoint, Throwable cause) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        afterCommit.remove();
        try {
            manager.rollback(true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Rolling back a failed unit of work failed", e);
            failure.addSuppressed(e);
        }
    }
}
