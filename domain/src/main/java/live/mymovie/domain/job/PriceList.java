package live.mymovie.domain.job;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import live.mymovie.domain.ledger.Credits;

/** The price of every kind of job. */
public final class PriceList {

    private final Map<JobKind, Price> prices;

    private PriceList(Map<JobKind, Price> prices) {
        this.prices = prices;
    }

    /** A price list that must name every kind of job exactly once. */
    public static PriceList of(List<Price> prices) {
        var byKind = new EnumMap<JobKind, Price>(JobKind.class);
        prices.forEach(p -> byKind.put(p.kind(), p));
        if (byKind.size() != JobKind.values().length) {
            throw new IllegalArgumentException("Every kind of job needs a price");
        }
        return new PriceList(byKind);
    }

    /** The prices the service starts with when configuration names none. */
    public static PriceList standard() {
        return of(List.of(
                new Price(JobKind.PLAN, Credits.of(2), PriceUnit.JOB),
                new Price(JobKind.STORYBOARD, Credits.of(2), PriceUnit.SHOT),
                new Price(JobKind.ANIMATION, Credits.of(5), PriceUnit.SHOT),
                new Price(JobKind.SOUNDTRACK, Credits.of(4), PriceUnit.JOB),
                new Price(JobKind.VOICEOVER, Credits.of(3), PriceUnit.JOB)));
    }

    public Price of(JobKind kind) {
        return prices.get(kind);
    }

    public List<Price> all() {
        return List.copyOf(prices.values());
    }
}
