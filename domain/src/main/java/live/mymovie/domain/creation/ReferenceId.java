package live.mymovie.domain.creation;

import live.mymovie.domain.Ids;

/** Identifies one reference photo. */
public record ReferenceId(String value) {

    public ReferenceId {
        Ids.require(value, "Reference photo");
    }

    public static ReferenceId newId() {
        return new ReferenceId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
