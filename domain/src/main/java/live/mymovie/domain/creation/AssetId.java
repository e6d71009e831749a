package live.mymovie.domain.creation;

import live.mymovie.domain.Ids;

/** Identifies one stored file. */
public record AssetId(String value) {

    public AssetId {
        Ids.require(value, "Stored file");
    }

    public static AssetId newId() {
        return new AssetId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
