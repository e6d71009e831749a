package live.mymovie.adapters.persistence;

import java.util.function.Supplier;

import live.mymovie.application.port.out.Transactions;

/**
 * Units of work on the database: repository calls made inside one share its connection
 * and commit or roll back together; a unit inside a unit joins the outer one.
 */
public final class MyBatisTransactions implements Transactions {

    private final MyBatisSessions sessions;

    MyBatisTransactions(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return sessions.inUnit(work);
    }
}
