package live.mymovie.application.generation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import live.mymovie.application.creation.MediaKeeper;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.job.Job;

/**
 * Claims due jobs and runs them. While a job runs its lease is renewed; transient provider
 * failures are retried with exponential backoff and jitter, anything else fails the job and
 * refunds it.
 */
public final class JobWorker {

    private static final Logger LOG = System.getLogger(JobWorker.class.getName());
    static final String UNEXPECTED = "Something went wrong on our side. Your credits were "
            + "refunded; please try again.";

    private final StepLimits limits;
    private final String workerId;
    private final JobRepository jobs;
    private final JobOutcomes outcomes;
    private final Steps steps;
    private final JobSettings settings;
    private final ScheduledExecutorService leaseRenewals;
    private final Clock clock;

    public JobWorker(String workerId, JobRepository jobs, CreationRepository creations,
            MediaKeeper keeper, Providers providers, JobOutcomes outcomes, JobSettings settings,
            ScheduledExecutorService leaseRenewals, Clock clock) {
        this(workerId, jobs, creations, keeper, providers, outcomes, settings, StepLimits.none(),
                leaseRenewals, clock);
    }

    /** A worker that shares the step limits of its instance with the other workers. */
    public JobWorker(String workerId, JobRepository jobs, CreationRepository creations,
            MediaKeeper keeper, Providers providers, JobOutcomes outcomes, JobSettings settings,
            StepLimits limits, ScheduledExecutorService leaseRenewals, Clock clock) {
        this.limits = limits;
        this.workerId = workerId;
        this.jobs = jobs;
        this.outcomes = outcomes;
        this.steps = new Steps(creations, keeper, providers, settings);
        this.settings = settings;
        this.leaseRenewals = leaseRenewals;
        this.clock = clock;
    }

    /** Claims and runs one due job; answers false when no job was due. */
    public boolean runNextJob() {
        Instant now = clock.instant();
        Optional<Job> claimed = jobs.claimNext(workerId, now, now.plus(settings.lease()));
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    private void run(Job job) {
        LOG.log(Level.INFO, "Job " + job.id() + " (" + job.kind() + ") started, attempt "
                + job.attempts());
        AtomicBoolean leaseLost = new AtomicBoolean();
        ScheduledFuture<?> renewal = renewLeaseWhileRunning(job, leaseLost);
        try {
            Runnable ending = attempt(job, leaseLost);
            if (stillHeld(job, leaseLost)) {
                ending.run();
            }
        } finally {
            renewal.cancel(false);
        }
    }

    /** Runs the step and answers how the attempt ends: success, retry or failure. */
    private Runnable attempt(Job job, AtomicBoolean leaseLost) {
        try {
            limits.run(job.kind(), () -> steps.of(job.kind()).run(job,
                    new JobCall(job, jobs, clock, leaseLost)));
            return () -> outcomes.succeed(job);
        } catch (ProviderFailure failure) {
            return () -> handleProviderFailure(job, failure);
        } catch (Refusal refusal) {
            return () -> outcomes.failAndRefund(job, refusal.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "Job " + job.id() + " failed unexpectedly", unexpected);
            return () -> retryOrFail(job, UNEXPECTED, null);
        }
    }

    /**
     * Renews the lease once more before ending an attempt, so a worker whose job another
     * worker has taken over (or that was cancelled) leaves it alone.
     */
    private boolean stillHeld(Job job, AtomicBoolean leaseLost) {
        if (!leaseLost.get() && !jobs.renewLease(job.id(), workerId,
                clock.instant().plus(settings.lease()))) {
            leaseLost.set(true);
        }
        if (leaseLost.get()) {
            LOG.log(Level.WARNING, "Job " + job.id() + " is no longer held by " + workerId
                    + ": cancelled, or another worker has it");
        }
        return !leaseLost.get();
    }

    private ScheduledFuture<?> renewLeaseWhileRunning(Job job, AtomicBoolean leaseLost) {
        long every = Math.max(1, settings.lease().toMillis() / 3);
        return leaseRenewals.scheduleAtFixedRate(() -> {
            Instant until = clock.instant().plus(settings.lease());
            if (!leaseLost.get() && !jobs.renewLease(job.id(), workerId, until)) {
                leaseLost.set(true);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private void handleProviderFailure(Job job, ProviderFailure failure) {
        String requestId = failure.providerRequestId().map(id -> ", provider request " + id)
                .orElse("");
        switch (failure.kind()) {
            case TRANSIENT -> {
                LOG.log(Level.WARNING, "Job " + job.id() + ": provider failed for now"
                        + requestId + ": " + failure.getMessage());
                retryOrFail(job, failure.personMessage(), failure.retryAfter().orElse(null));
            }
            case OUT_OF_CREDITS, MISCONFIGURED -> {
                LOG.log(Level.ERROR, "Job " + job.id() + ": provider needs an operator ("
                        + failure.kind() + ")" + requestId + ": " + failure.getMessage());
                outcomes.failAndRefund(job, failure.personMessage());
            }
            case REJECTED, SAFETY -> {
                LOG.log(Level.WARNING, "Job " + job.id() + ": provider refused the input ("
                        + failure.kind() + ")" + requestId + ": " + failure.getMessage());
                outcomes.failAndRefund(job, failure.personMessage());
            }
        }
    }

    private void retryOrFail(Job job, String message, Duration retryAfter) {
        if (job.attempts() >= settings.maxAttempts()) {
            outcomes.failAndRefund(job, message);
            return;
        }
        Instant next = clock.instant().plus(backoff(job.attempts(), retryAfter));
        jobs.scheduleRetry(job.id(), message, next);
        LOG.log(Level.INFO, "Job " + job.id() + " will be retried at " + next);
    }

    /** Exponential backoff with up to 50% jitter, never sooner than the provider asked. */
    Duration backoff(int attempts, Duration retryAfter) {
        long first = settings.firstRetryDelay().toMillis();
        long exponential = first << Math.min(20, Math.max(0, attempts - 1));
        long capped = Math.min(settings.maxRetryDelay().toMillis(), exponential);
        long jittered = capped + (long) (capped * 0.5 * ThreadLocalRandom.current().nextDouble());
        long floor = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }
}
