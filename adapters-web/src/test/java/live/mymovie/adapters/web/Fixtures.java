package live.mymovie.adapters.web;

import java.time.Instant;
import java.util.List;

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
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobId;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobStatus;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerEntryKind;

/** Real domain objects for the web tests; nothing here is mocked. */
final class Fixtures {

    static final Instant CREATED = Instant.parse("2026-11-30T09:15:00Z");

    private Fixtures() {
    }

    static Account account(String id, String email, Role role) {
        return new Account(new AccountId(id), Email.of(email), DisplayName.of("Ada"), role,
                new PasswordHash("$2a$12$hash"), CREATED, CREATED);
    }

    static Account creator() {
        return account("acc-1", "ada@example.com", Role.CREATOR);
    }

    static Account admin() {
        return account("acc-admin", "ops@example.com", Role.ADMIN);
    }

    static MediaAsset asset(String id, Account owner, String contentType, long size,
            String provider) {
        return new MediaAsset(new AssetId(id), owner.id(), new CreationId("cre-1"),
                contentType, size, "ab12cd34", new Provenance(provider, "model-1", "a prompt"),
                CREATED, null);
    }

    static Creation emptyCreation(Account owner) {
        return new Creation(new CreationId("cre-1"), owner.id(), "Moon trip",
                "Two friends fly to the moon", CREATED, List.of(), null, List.of(), null, null);
    }

    /** A creation with a cast photo, a plan of two shots, a frame, a clip and both tracks. */
    static Creation fullCreation(Account owner) {
        var photo = asset("asset-photo", owner, "image/jpeg", 1000, Provenance.UPLOAD);
        var reference = new ReferencePhoto(new ReferenceId("ref-1"), ReferenceKind.CAST,
                "Ada", photo);
        var brief = new MusicBrief("hopeful", "orchestral", 96, "D major",
                List.of("strings", "piano"));
        var first = new ShotScript(ShotNumber.of(1), "Ada looks up", "close-up", 4,
                "It began with a look.", List.of("Ada"), "Rooftop");
        var second = new ShotScript(ShotNumber.of(2), "The rocket lifts", "wide", 5, "",
                List.of(), null);
        var plan = new StoryPlan("Moon Trip", "Two friends, one rocket.", brief,
                List.of(first, second), new Provenance("local-planner", "rules-1", "p"));
        var shots = List.of(
                new Shot(first, asset("asset-frame", owner, "image/png", 2000, "local-image"),
                        asset("asset-clip", owner, "video/mp4", 9000, "runway")),
                Shot.planned(second));
        return new Creation(new CreationId("cre-1"), owner.id(), "Moon trip",
                "Two friends fly to the moon", CREATED, List.of(reference), plan, shots,
                asset("asset-music", owner, "audio/wav", 3000, "local-music"),
                asset("asset-voice", owner, "audio/mpeg", 3000, "elevenlabs"));
    }

    static Job job(Account owner, JobKind kind, JobStatus status, int progress) {
        return new Job(new JobId("job-1"), owner.id(), new CreationId("cre-1"), kind,
                List.of(ShotNumber.of(1)), status, progress, Credits.of(2), 0,
                status == JobStatus.FAILED ? "The provider timed out." : null, null, null, null,
                null, null, CREATED, CREATED, status.isFinal() ? CREATED.plusSeconds(30) : null);
    }

    static LedgerEntry entry(String id, Account owner, LedgerEntryKind kind, long amount,
            long after) {
        return new LedgerEntry(id, owner.id(), kind, Credits.of(amount), Credits.of(after),
                kind.name().toLowerCase() + " note", CREATED,
                kind == LedgerEntryKind.GRANT ? null : new JobId("job-1"));
    }
}
