package live.mymovie.domain.job;

/** Where a job is in its life; the last three are final. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }

    /** A final job that did not deliver, and so is refunded. */
    public boolean isRefundable() {
        return this == FAILED || this == CANCELED;
    }
}
