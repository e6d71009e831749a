package live.mymovie.application.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import live.mymovie.application.account.AccountDeletionService;
import live.mymovie.application.account.AccountEraser;
import live.mymovie.application.account.AccountService;
import live.mymovie.application.account.AccountSettings;
import live.mymovie.application.account.SessionService;
import live.mymovie.application.admin.AdminService;
import live.mymovie.application.contract.Stores;
import live.mymovie.application.creation.CreationService;
import live.mymovie.application.creation.MediaKeeper;
import live.mymovie.application.fake.FakePasswordHasher;
import live.mymovie.application.fake.InMemoryCommonPasswords;
import live.mymovie.application.fake.InMemoryMediaStore;
import live.mymovie.application.fake.InMemoryStores;
import live.mymovie.application.fake.TestData;
import live.mymovie.application.ledger.LedgerAuditService;
import live.mymovie.application.operations.RequestLogService;
import live.mymovie.application.port.in.SignUpUseCase.SignUpCommand;
import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.application.port.out.PhotoInspector;
import live.mymovie.application.privacy.DataExportService;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;

/**
 * Every application service wired to the in-memory fakes, a hand-moved clock and scripted
 * providers: the whole back end of the service, minus the web and the database.
 */
public final class InMemoryApplication {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ADMIN_EMAIL = "operator@mymovie.live";
    public static final long SIGNUP_CREDITS = 100;
    public static final Duration RETENTION = Duration.ofDays(30);
    public static final long MAX_FILE_BYTES = 1_000_000;

    public final MutableClock clock = new MutableClock(TestData.NOW);
    public final Stores stores = InMemoryStores.create(clock);
    public final InMemoryMediaStore files = new InMemoryMediaStore();
    public final CountingPasswordHasher hasher = new CountingPasswordHasher();
    public final ScriptedProviders providers = new ScriptedProviders();
    public final ManualScheduler scheduler = new ManualScheduler();
    public final AccountSettings accountSettings = new AccountSettings(
            Credits.of(SIGNUP_CREDITS), Set.of(Email.of(ADMIN_EMAIL)), Duration.ofDays(14),
            Duration.ofDays(2));
    public final JobSettings jobSettings = new JobSettings(3, Duration.ofSeconds(60),
            Duration.ofSeconds(2), Duration.ofMinutes(5), 20, 640, 360);

    public final AccountService accounts = accountService(accountSettings);
    public final SessionService sessions = new SessionService(stores.sessions(),
            stores.accounts(), accountSettings, clock);
    public final AccountEraser eraser = new AccountEraser(stores.accounts(),
            stores.creations(), stores.assets(), files, stores.ledger(), stores.jobs(),
            stores.sessions(), stores.requestLogs(), stores.transactions());
    public final AccountDeletionService deletion = new AccountDeletionService(
            stores.accounts(), hasher, eraser);
    public final AdminService admin = new AdminService(stores.accounts(), stores.ledger(),
            stores.requestLogs(), stores.jobs());
    public final MediaKeeper keeper = new MediaKeeper(files, stores.assets(), MAX_FILE_BYTES,
            clock);
    public final CleaningPhotoInspector photos = new CleaningPhotoInspector();
    public final CreationService creations = new CreationService(stores.creations(),
            stores.assets(), files, keeper, photos, clock);
    public final JobOutcomes outcomes = new JobOutcomes(stores.jobs(), stores.ledger(),
            stores.transactions(), clock);
    public final JobCanceller canceller = new JobCanceller(outcomes, providers);
    public final GenerationService generation = new GenerationService(stores.creations(),
            stores.jobs(), stores.ledger(), stores.transactions(), PriceList.standard(),
            jobSettings, canceller, clock);
    public final JobWorker worker = worker("worker-1");
    public final LedgerAuditService audit = new LedgerAuditService(stores.accounts(),
            stores.ledger(), stores.jobs());
    public final DataExportService export = new DataExportService(stores.accounts(),
            stores.creations(), stores.ledger(), stores.requestLogs(), stores.assets(), files);
    public final RequestLogService requestLogs = new RequestLogService(stores.requestLogs(),
            stores.accounts(), RETENTION, clock);

    /** The account service under other settings, e.g. with an admin email added later. */
    public AccountService accountService(AccountSettings settings) {
        return new AccountService(stores.accounts(), stores.ledger(), hasher,
                new InMemoryCommonPasswords(), stores.sessions(), stores.transactions(),
                settings, clock);
    }

    /** Another worker over the same stores, as in a second service instance. */
    public JobWorker worker(String id) {
        return new JobWorker(id, stores.jobs(), stores.creations(), keeper,
                providers.providers(), outcomes, jobSettings, scheduler, clock);
    }

    /** Signs a creator up with {@link #PASSWORD} and the sign-up credits. */
    public Account signUp(String email) {
        return accounts.signUp(new SignUpCommand(email, PASSWORD, "Ada", true));
    }

    public Account signUpAdmin() {
        return signUp(ADMIN_EMAIL);
    }

    /** A creation of the account that already has a plan of the given number of shots. */
    public Creation creationWithPlan(Account owner, int shots) {
        Creation creation = creations.create(owner.id(), "The lighthouse keeper",
                "A keeper befriends a storm.");
        stores.creations().savePlan(creation.id(), TestData.storyPlan(shots));
        return stores.creations().findById(creation.id()).orElseThrow();
    }

    /** Gives a shot of the creation a stored frame, as a finished storyboard would. */
    public Creation withFrame(Creation creation, int shot) {
        var frame = keeper.keep(creation.ownerId(), creation.id(),
                ScriptedProviders.defaultBytes(JobKind.STORYBOARD), "image/png",
                new Provenance(ScriptedProviders.NAME, "frame-1", "a frame"), null);
        stores.creations().attachFrame(creation.id(), ShotNumber.of(shot), frame);
        return stores.creations().findById(creation.id()).orElseThrow();
    }

    /** Runs due jobs until none is due; answers how many ran. */
    public int runDueJobs() {
        int ran = 0;
        while (worker.runNextJob()) {
            ran++;
        }
        return ran;
    }

    public long balance(Account account) {
        return stores.ledger().balance(account.id()).amount();
    }

    /** The real fake hasher, counting the checks it does. */
    public static final class CountingPasswordHasher implements PasswordHasher {

        private final PasswordHasher hasher = new FakePasswordHasher();
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public PasswordHash hash(Password password) {
            return hasher.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            checks.incrementAndGet();
            return hasher.matches(password, hash);
        }

        @Override
        public void checkAgainstNothing(Password password) {
            checks.incrementAndGet();
            hasher.checkAgainstNothing(password);
        }

        /** How many password checks were done, against a hash or against nothing. */
        public int checks() {
            return checks.get();
        }
    }

    /**
     * Takes any upload that does not start with "NOT A PHOTO" and answers it with a marker in
     * front, standing in for the re-encoding that drops metadata.
     */
    public static final class CleaningPhotoInspector implements PhotoInspector {

        public static final String CLEANED = "cleaned:";

        @Override
        public CleanPhoto clean(Path upload) {
            byte[] bytes = read(upload);
            if (new String(bytes, StandardCharsets.UTF_8).startsWith("NOT A PHOTO")) {
                throw new Refusal.UnsupportedMedia("Only JPEG, PNG and WebP photos are taken.");
            }
            byte[] marker = CLEANED.getBytes(StandardCharsets.UTF_8);
            byte[] cleaned = Arrays.copyOf(marker, marker.length + bytes.length);
            System.arraycopy(bytes, 0, cleaned, marker.length, bytes.length);
            return new CleanPhoto(cleaned, "image/jpeg", 640, 480);
        }

        private static byte[] read(Path upload) {
            try {
                return Files.readAllBytes(upload);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
