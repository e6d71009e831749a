package live.mymovie.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider could not deliver. The kind decides what happens next: a transient failure is
 * retried, every other kind fails the job and refunds it.
 */
public final class ProviderFailure extends RuntimeException {

    private final Kind kind;
    private final String personMessage;
    private final Duration retryAfter;
    private final String providerRequestId;

    /** Why the provider failed, which decides whether to try again. */
    public enum Kind {
        /** Timeouts, rate limits, overload: worth another attempt later. */
        TRANSIENT,
        /** The input was refused for good (bad field, unsupported value). */
        REJECTED,
        /** The content was refused by the provider's safety checks. */
        SAFETY,
        /** Our account at the provider is out of credits or quota: an operator must act. */
        OUT_OF_CREDITS,
        /** Our key was refused or the provider is misconfigured: an operator must act. */
        MISCONFIGURED
    }

    public ProviderFailure(Kind kind, String personMessage, String operatorDetail,
            Duration retryAfter, String providerRequestId) {
        super(operatorDetail, null, false, false);
        this.kind = kind;
        this.personMessage = personMessage;
        this.retryAfter = retryAfter;
        this.providerRequestId = providerRequestId;
    }

    public static ProviderFailure transientFailure(String detail, Duration retryAfter) {
        return new ProviderFailure(Kind.TRANSIENT,
                "The provider is busy; the step will be tried again.", detail, retryAfter, null);
    }

    public static ProviderFailure rejected(String personMessage) {
        return new ProviderFailure(Kind.REJECTED, personMessage, personMessage, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** A sentence the person can act on; never holds keys or internal detail. */
    public String personMessage() {
        return personMessage;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Optional<String> providerRequestId() {
        return Optional.ofNullable(providerRequestId);
    }
}
