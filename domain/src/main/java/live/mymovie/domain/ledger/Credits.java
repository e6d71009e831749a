package live.mymovie.domain.ledger;

/** A whole, non-negative number of credits. */
public record Credits(long amount) implements Comparable<Credits> {

    public static final Credits ZERO = new Credits(0);

    public Credits {
        if (amount < 0) {
            throw new IllegalArgumentException("Credits cannot be negative: " + amount);
        }
    }

    public static Credits of(long amount) {
        return new Credits(amount);
    }

    public Credits plus(Credits other) {
        return new Credits(Math.addExact(amount, other.amount));
    }

    public Credits minus(Credits other) {
        return new Credits(amount - other.amount);
    }

    public Credits times(int factor) {
        return new Credits(Math.multiplyExact(amount, factor));
    }

    @Override
    public int compareTo(Credits other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return Long.toString(amount);
    }
}
