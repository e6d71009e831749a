package live.mymovie.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
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
        try {
            T result = work.get();
            manager.commit(true);
            return result;
        } catch (PersistenceException failure) {
            rollbackAfter(failure);
            throw new StorageFailure("A unit of work failed", failure);
        } catch (RuntimeException | Error failure) {
            rollbackAfter(failure);
            throw failure;
        } finally {
            manager.close();
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
        try {
            manager.rollback(true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Rolling back a failed unit of work failed", e);
            failure.addSuppressed(e);
        }
    }
}
