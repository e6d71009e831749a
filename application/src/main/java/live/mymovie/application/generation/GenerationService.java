package live.mymovie.application.generation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import live.mymovie.application.port.in.RequestGenerationUseCase;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.JobRepository.DuplicateIdempotencyKey;
import live.mymovie.application.port.out.Transactions;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.job.Price;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerLine;

/** Accepts paid requests for pipeline steps: charge and job are written together. */
public final class GenerationService implements RequestGenerationUseCase {

    private static final Logger LOG = System.getLogger(GenerationService.class.getName());

    private final CreationRepository creations;
    private final JobRepository jobs;
    private final CreditLedger ledger;
    private final Transactions transactions;
    private final PriceList prices;
    private final JobSettings settings;
    private final JobCanceller canceller;
    private final Clock clock;

    public GenerationService(CreationRepository creations, JobRepository jobs,
            CreditLedger ledger, Transactions transactions, PriceList prices,
            JobSettings settings, JobCanceller canceller, Clock clock) {
        this.creations = creations;
        this.jobs = jobs;
        this.ledger = ledger;
        this.transactions = transactions;
        this.prices = prices;
        this.settings = settings;
        this.canceller = canceller;
        this.clock = clock;
    }

    @Override
    public Job request(JobRequest request) {
        Creation creation = ownedCreation(request.accountId(), request.creationId());
        Optional<Job> earlier = earlierJob(request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        JobRequest complete = StepInputs.complete(request, creation);
        refuseWhenTooBusy(request.accountId());

        Credits cost = prices.of(request.kind()).costFor(complete.shots().size());
        Job job = Job.queue(complete, cost, clock.instant());
        try {
            Job queued = transactions.inTransaction(() -> chargeAndQueue(job));
            LOG.log(Level.INFO, "Job " + job.id() + " (" + job.kind() + ") queued, charged "
                    + cost);
            return queued;
        } catch (DuplicateIdempotencyKey | Refusal.Conflict raced) {
            // A request under the same key that won the race made the job: answer that one.
            return earlierJob(request).orElseThrow(() -> raced);
        }
    }

    /**
     * The charge comes first: it locks the person's balance, so their requests queue one
     * behind the other and the check for a clashing job cannot race.
     */
    private Job chargeAndQueue(Job job) {
        String note = "Charge for " + job.kind().label() + describeShots(job);
        if (ledger.charge(LedgerLine.charge(job.accountId(), job.cost(), note, job.id()))
                .isEmpty()) {
            throw new Refusal.InsufficientCredits(ledger.balance(job.accountId()).amount(),
                    job.cost().amount());
        }
        refuseWhenClashing(job);
        jobs.insert(job);
        return job;
    }

    /**
     * One job at a time per step and shot: a second request while the first still waits or
     * runs would pay twice for the same result. A new plan replaces the shots, so it waits
     * for every other job of the creation, and they wait for it.
     */
    private void refuseWhenClashing(Job job) {
        jobs.listByCreation(job.creationId()).stream()
                .filter(GenerationService::isActive)
                .filter(active -> clash(active, job))
                .findFirst()
                .ifPresent(active -> {
                    throw new Refusal.Conflict(withArticle(active.kind().label()) + " job for this "
                            + "creation is already " + (active.status() == JobStatus.QUEUED
                                    ? "waiting" : "running") + "; wait for it to finish.");
                });
    }

    private static String withArticle(String label) {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "An " : "A ") + label;
    }

    private static boolean clash(Job active, Job wanted) {
        if (active.kind() == JobKind.PLAN || wanted.kind() == JobKind.PLAN) {
            return true;
        }
        return active.kind() == wanted.kind() && (active.shots().isEmpty()
                || active.shots().stream().anyMatch(wanted.shots()::contains));
    }

    private static String describeShots(Job job) {
        if (job.shots().isEmpty()) {
            return "";
        }
        return job.shots().size() == 1 ? " (shot " + job.shots().get(0) + ")"
                : " (" + job.shots().size() + " shots)";
    }

    /** The job an earlier request with the same idempotency key made, if any. */
    private Optional<Job> earlierJob(JobRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        Optional<Job> earlier = jobs.findByIdempotencyKey(request.accountId(),
                request.idempotencyKey());
        earlier.filter(job -> !sameRequest(job, request)).ifPresent(job -> {
            throw Refusal.InvalidInput.of("Idempotency-Key",
                    "This Idempotency-Key was already used for a different request.");
        });
        return earlier;
    }

    private static boolean sameRequest(Job job, JobRequest request) {
        return job.kind() == request.kind() && job.creationId().equals(request.creationId())
                && (request.shots().isEmpty() || job.shots().equals(request.shots()));
    }

    private void refuseWhenTooBusy(AccountId account) {
        if (jobs.countActive(account) >= settings.maxActivePerAccount()) {
            throw new Refusal.Conflict("You already have " + settings.maxActivePerAccount()
                    + " jobs waiting or running; wait for some to finish.");
        }
    }

    private Creation ownedCreation(AccountId owner, CreationId id) {
        return creations.findById(id)
                .filter(c -> c.isOwnedBy(owner))
                .orElseThrow(() -> new Refusal.NotFound("Creation"));
    }

    @Override
    public Job show(AccountId owner, JobId id) {
        return jobs.findById(id)
                .filter(j -> j.belongsTo(owner))
                .orElseThrow(() -> new Refusal.NotFound("Job"));
    }

    @Override
    public List<Job> jobsOf(AccountId owner, CreationId creation) {
        ownedCreation(owner, creation);
        return jobs.listByCreation(creation);
    }

    @Override
    public Job cancel(AccountId owner, JobId id) {
        Job job = show(owner, id);
        if (!canceller.cancel(job)) {
            throw new Refusal.Conflict("This job has already finished.");
        }
        return show(owner, id);
    }

    @Override
    public List<Price> prices() {
        return prices.all();
    }

    static boolean isActive(Job job) {
        return job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING;
    }
}
