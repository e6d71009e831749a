package live.mymovie.application.port.out;

import java.util.function.Supplier;

/** Runs work so that all of its writes land together or none does. */
public interface Transactions {

    /** Runs the work in one transaction; an exception rolls every write back. */
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
