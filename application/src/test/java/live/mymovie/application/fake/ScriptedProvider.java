package live.mymovie.application.fake;

import java.util.Objects;

import live.mymovie.application.port.out.ProviderFailure;

/**
 * What every in-memory provider shares: it counts its calls and can be told to fail the next
 * few of them, so testers can drive retries and refunds.
 */
public abstract class ScriptedProvider<SELF extends ScriptedProvider<SELF>> {

    private ProviderFailure failure;
    private int failuresLeft;
    private int calls;

    /** Makes the next {@code times} calls throw {@code failure}. */
    @SuppressWarnings("unchecked") // SELF is always the concrete fake's own type
    public synchronized SELF failNext(int times, ProviderFailure failure) {
        this.failure = Objects.requireNonNull(failure, "failure");
        this.failuresLeft = times;
        return (SELF) this;
    }

    /** How many times the provider was called, failed calls included. */
    public synchronized int calls() {
        return calls;
    }

    /** Counts a call, and throws the scripted failure while any is left. */
    protected synchronized void answerCall() {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw failure;
        }
    }
}
