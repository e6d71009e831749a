package live.mymovie.domain.job;

import live.mymovie.domain.Ids;

/** Identifies one generation job. */
public record JobId(String value) {

    public JobId {
        Ids.require(value, "Job");
    }

    public static JobId newId() {
        return new JobId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
