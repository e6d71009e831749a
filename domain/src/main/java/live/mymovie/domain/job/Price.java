package live.mymovie.domain.job;

import java.util.Objects;

import live.mymovie.domain.ledger.Credits;

/** What one kind of job costs, per job or per shot. */
public record Price(JobKind kind, Credits credits, PriceUnit unit) {

    public Price {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(unit, "unit");
    }

    /** The cost of a job of this kind that makes the given number of shots. */
    public Credits costFor(int shotCount) {
        return unit == PriceUnit.SHOT ? credits.times(Math.max(1, shotCount)) : credits;
    }
}
