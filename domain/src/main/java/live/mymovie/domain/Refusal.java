package live.mymovie.domain;

/** A business refusal: the one way use cases say no, mapped to an answer in one place. */
public abstract sealed class Refusal extends RuntimeException
        permits Refusal.NotFound, Refusal.Conflict, Refusal.InsufficientCredits,
                Refusal.InvalidInput, Refusal.NotAllowed, Refusal.NotSignedIn,
                Refusal.RateLimited, Refusal.UnsupportedMedia, Refusal.TooLarge,
                Refusal.MissingInput {

    private Refusal(String message) {
        super(message, null, false, false);
    }

    /** The thing does not exist, or belongs to someone else. */
    public static final class NotFound extends Refusal {
        public NotFound(String what) {
            super(what + " was not found.");
        }
    }

    /** The request clashes with the current state (email taken, job already finished). */
    public static final class Conflict extends Refusal {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A step needs something that is not there yet (a storyboard before a plan). */
    public static final class MissingInput extends Refusal {
        public MissingInput(String message) {
            super(message);
        }
    }

    /** The balance does not cover the price. */
    public static final class InsufficientCredits extends Refusal {
        private final long balance;
        private final long price;

        public InsufficientCredits(long balance, long price) {
            super("This costs " + price + " credits and the balance is " + balance + ".");
            this.balance = balance;
            this.price = price;
        }

        public long balance() {
            return balance;
        }

        public long price() {
            return price;
        }
    }

    /** One or more fields hold values the rules reject. */
    public static final class InvalidInput extends Refusal {
        private final java.util.List<FieldError> errors;

        public InvalidInput(java.util.List<FieldError> errors) {
            super(errors.isEmpty() ? "Invalid input." : errors.get(0).message());
            this.errors = java.util.List.copyOf(errors);
        }

        public static InvalidInput of(String field, String message) {
            return new InvalidInput(java.util.List.of(new FieldError(field, message)));
        }

        public java.util.List<FieldError> errors() {
            return errors;
        }
    }

    /** Signed in, but not allowed to do this. */
    public static final class NotAllowed extends Refusal {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** Not signed in, or the credentials were wrong. */
    public static final class NotSignedIn extends Refusal {
        public NotSignedIn(String message) {
            super(message);
        }
    }

    /** Too many attempts; try again after the given number of seconds. */
    public static final class RateLimited extends Refusal {
        private final long retryAfterSeconds;

        public RateLimited(long retryAfterSeconds) {
            super("Too many requests. Try again in " + retryAfterSeconds
                    + (retryAfterSeconds == 1 ? " second." : " seconds."));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** An upload of a type the service does not take. */
    public static final class UnsupportedMedia extends Refusal {
        public UnsupportedMedia(String message) {
            super(message);
        }
    }

    /** A body or file over the size limit. */
    public static final class TooLarge extends Refusal {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
