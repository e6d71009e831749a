package live.mymovie.application.generation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobStatus;

/**
 * A running job's side of provider calls. For jobs that make several shots, provider task
 * ids are remembered as {@code shot:task}, so a resumed job polls the task of the shot it
 * was making.
 */
final class JobCall implements ProviderCall {

    private static final Duration CANCEL_CHECK_INTERVAL = Duration.ofSeconds(1);

    private final Job job;
    private final JobRepository jobs;
    private final Clock clock;
    private final AtomicBoolean leaseLost;
    private final String shotPrefix;
    private final int progressFrom;
    private final int progressTo;
    private volatile String providerTask;
    private volatile Instant lastCancelCheck = Instant.MIN;
    /** Shared with the calls for single shots, so a cancel one of them sees ends the job. */
    private final AtomicBoolean canceled;

    JobCall(Job job, JobRepository jobs, Clock clock, AtomicBoolean leaseLost) {
        this(job, jobs, clock, leaseLost, "", 0, 100, job.providerTaskId(),
                new AtomicBoolean());
    }

    private JobCall(Job job, JobRepository jobs, Clock clock, AtomicBoolean leaseLost,
            String shotPrefix, int progressFrom, int progressTo, String providerTask,
            AtomicBoolean canceled) {
        this.job = job;
        this.jobs = jobs;
        this.clock = clock;
        this.leaseLost = leaseLost;
        this.shotPrefix = shotPrefix;
        this.progressFrom = progressFrom;
        this.progressTo = progressTo;
        this.providerTask = providerTask;
        this.canceled = canceled;
    }

    /** The call for one shot of a multi-shot job, covering a slice of its progress. */
    JobCall forShot(int shotNumber, int index, int count) {
        int from = index * 100 / count;
        int to = (index + 1) * 100 / count;
        return new JobCall(job, jobs, clock, leaseLost, shotNumber + ":", from, to,
                providerTask, canceled);
    }

    @Override
    public Optional<String> resumeTaskId() {
        String task = providerTask;
        if (task == null || !task.startsWith(shotPrefix)) {
            return Optional.empty();
        }
        String id = task.substring(shotPrefix.length());
        return id.isEmpty() || (shotPrefix.isEmpty() && id.contains(":"))
                ? Optional.empty() : Optional.of(id);
    }

    @Override
    public void taskStarted(String providerTaskId) {
        providerTask = shotPrefix + providerTaskId;
        jobs.recordProviderTask(job.id(), providerTask);
    }

    @Override
    public void progress(int percent) {
        int clamped = Math.max(0, Math.min(100, percent));
        jobs.recordProgress(job.id(), progressFrom + (progressTo - progressFrom) * clamped / 100);
    }

    /** Asks the database now, not at most once a second: for the moment before a result lands. */
    boolean isStillWanted() {
        return !(leaseLost.get() || canceled.get() || canceledNow(clock.instant()));
    }

    @Override
    public boolean isCanceled() {
        if (leaseLost.get() || canceled.get()) {
            return true;
        }
        Instant now = clock.instant();
        return now.isAfter(lastCancelCheck.plus(CANCEL_CHECK_INTERVAL)) && canceledNow(now);
    }

    /** Reads the job's status; a job that is gone counts as cancelled. */
    private boolean canceledNow(Instant now) {
        lastCancelCheck = now;
        canceled.set(jobs.findById(job.id())
                .map(j -> j.status() == JobStatus.CANCELED)
                .orElse(true));
        return canceled.get();
    }
}
