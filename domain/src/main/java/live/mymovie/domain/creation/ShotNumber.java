package live.mymovie.domain.creation;

import live.mymovie.domain.Refusal;

/** The 1-based position of a shot in its creation's plan. */
public record ShotNumber(int value) implements Comparable<ShotNumber> {

    public static final int MAX = 99;

    public ShotNumber {
        if (value < 1 || value > MAX) {
            throw Refusal.InvalidInput.of("shot", "Shot numbers run from 1 to " + MAX + ".");
        }
    }

    public static ShotNumber of(int value) {
        return new ShotNumber(value);
    }

    @Override
    public int compareTo(ShotNumber other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
