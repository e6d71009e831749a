package live.mymovie.domain.job;

/** Whether a price is per job or per shot the job makes. */
public enum PriceUnit {
    JOB("job"),
    SHOT("shot");

    private final String label;

    PriceUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
