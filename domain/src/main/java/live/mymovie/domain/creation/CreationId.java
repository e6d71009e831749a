package live.mymovie.domain.creation;

import live.mymovie.domain.Ids;

/** Identifies one creation. */
public record CreationId(String value) {

    public CreationId {
        Ids.require(value, "Creation");
    }

    public static CreationId newId() {
        return new CreationId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
