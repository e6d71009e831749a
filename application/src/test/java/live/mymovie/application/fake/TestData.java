package live.mymovie.application.fake;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.PasswordHash;
import live.mymovie.domain.account.Role;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.ledger.Credits;

/** Factories of domain objects that tests share; times are whole milliseconds. */
public final class TestData {

    /** The moment test data is made at unless a test says otherwise. */
    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    private TestData() {
    }

    /** A creator with a unique email and a hash no password matches. */
    public static Account account() {
        AccountId id = AccountId.newId();
        return account(Email.of("person-" + id.value() + "@example.com"), NOW);
    }

    public static Account account(Email email, Instant createdAt) {
        return new Account(AccountId.newId(), email, DisplayName.of("Ada Lovelace"),
                Role.CREATOR, new PasswordHash("not-a-real-hash"), createdAt, createdAt);
    }

    public static Creation creation(AccountId owner) {
        return creation(owner, NOW);
    }

    public static Creation creation(AccountId owner, Instant createdAt) {
        return new Creation(CreationId.newId(), owner, "The lighthouse keeper",
                "A keeper befriends a storm.", createdAt, List.of(), null, List.of(), null,
                null);
    }

    /** A stored image of 1234 bytes that a provider made for the creation. */
    public static MediaAsset mediaAsset(AccountId owner, CreationId creation) {
        return mediaAsset(owner, creation, NOW);
    }

    public static MediaAsset mediaAsset(AccountId owner, CreationId creation, Instant at) {
        return new MediaAsset(AssetId.newId(), owner, creation, "image/png", 1234,
                "ab".repeat(32), new Provenance("local-image", "sketch-1", "a storm at sea"), at,
                at.plusSeconds(3600));
    }

    /** An uploaded photo of a cast member, named as given. */
    public static ReferencePhoto referencePhoto(AccountId owner, CreationId creation,
            String name) {
        var photo = new MediaAsset(AssetId.newId(), owner, creation, "image/jpeg", 2048,
                "cd".repeat(32), Provenance.uploaded(), NOW, null);
        return new ReferencePhoto(ReferenceId.newId(), ReferenceKind.CAST, name, photo);
    }

    /** A plan whose shots are numbered 1 to n, each 4 seconds long with narration. */
    public static StoryPlan storyPlan(int shots) {
        var scripts = IntStream.rangeClosed(1, shots)
                .mapToObj(n -> new ShotScript(ShotNumber.of(n), "Shot " + n + " of the storm",
                        "slow push in", 4, "Narration, line " + n + ".", List.of("Keeper", "Gull"),
                        n % 2 == 0 ? null : "Lighthouse"))
                .toList();
        return new StoryPlan("The Keeper", "A keeper and a storm become friends.",
                new MusicBrief("hopeful", "orchestral", 96, "D major",
                        List.of("strings", "piano")),
                scripts,
                new Provenance("local-planner", "rules-1", "A keeper befriends a storm."));
    }

    /** A queued storyboard job for the given shots, costing 2 credits a shot. */
    public static Job job(AccountId account, CreationId creation, int... shots) {
        return job(account, creation, null, NOW, shots);
    }

    public static Job job(AccountId account, CreationId creation, String idempotencyKey,
            Instant createdAt, int... shots) {
        var numbers = IntStream.of(shots.length == 0 ? new int[] {1} : shots)
                .mapToObj(ShotNumber::of)
                .toList();
        var request = new JobRequest(account, creation, JobKind.STORYBOARD, numbers,
                idempotencyKey);
        return Job.queue(request, Credits.of(2L * numbers.size()), createdAt);
    }
}
