package live.mymovie.adapters.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.Price;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;

/** The JSON shapes of the API, built from domain objects; times are ISO-8601 UTC. */
final class Views {

    private Views() {
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String mediaUrl(MediaAsset asset) {
        return "/media/" + asset.id().value();
    }

    /** An account, with its balance where the answer knows it. */
    record AccountJson(String id, String email, String displayName, String role,
            String createdAt, Long balance) {

        static AccountJson of(Account account, Credits balance) {
            return new AccountJson(account.id().value(), account.email().value(),
                    account.displayName().value(), account.role().name(),
                    time(account.createdAt()), balance == null ? null : balance.amount());
        }

        static AccountJson of(Account account) {
            return of(account, null);
        }
    }

    /** A stored file as the browser sees it. */
    record FileJson(String assetId, String mediaUrl, String contentType, String provider,
            String model, String createdAt, boolean localPreview) {

        static FileJson of(MediaAsset asset) {
            return asset == null ? null : new FileJson(asset.id().value(), Views.mediaUrl(asset),
                    asset.contentType(), asset.provenance().provider(),
                    asset.provenance().model(), time(asset.createdAt()),
                    asset.provenance().isLocalPreview());
        }
    }

    record ReferenceJson(String id, String kind, String name, String mediaUrl, FileJson photo) {

        static ReferenceJson of(ReferencePhoto reference) {
            return new ReferenceJson(reference.id().value(), reference.kind().name(),
                    reference.name(), Views.mediaUrl(reference.photo()),
                    FileJson.of(reference.photo()));
        }
    }

    record MusicBriefJson(String mood, String genre, int tempoBpm, String key,
            List<String> instruments) {
    }

    record PlanJson(String title, String logline, MusicBriefJson musicBrief, String provider,
            String model) {

        static PlanJson of(StoryPlan plan) {
            var brief = plan.musicBrief();
            return new PlanJson(plan.title(), plan.logline(),
                    new MusicBriefJson(brief.mood(), brief.genre(), brief.tempoBpm(),
                            brief.key(), brief.instruments()),
                    plan.provenance().provider(), plan.provenance().model());
        }
    }

    record ShotJson(int number, String description, String camera, int durationSeconds,
            String narration, List<String> cast, String location, FileJson frame,
            FileJson clip) {

        static ShotJson of(Shot shot) {
            var script = shot.script();
            return new ShotJson(script.number().value(), script.description(),
                    script.camera(), script.durationSeconds(), script.narration(),
                    script.cast(), script.location(), FileJson.of(shot.frame()),
                    FileJson.of(shot.clip()));
        }
    }

    record CreationJson(String id, String title, String prompt, String createdAt,
            List<ReferenceJson> references, PlanJson plan, List<ShotJson> shots,
            FileJson soundtrack, FileJson voiceover) {

        static CreationJson of(Creation creation) {
            return new CreationJson(creation.id().value(), creation.title(), creation.prompt(),
                    time(creation.createdAt()),
                    creation.references().stream().map(ReferenceJson::of).toList(),
                    creation.plan() == null ? null : PlanJson.of(creation.plan()),
                    creation.shots().stream().map(ShotJson::of).toList(),
                    FileJson.of(creation.soundtrack()), FileJson.of(creation.voiceover()));
        }
    }

    /** A creation in a list: enough to show a card, with the first frame as its cover. */
    record CreationSummaryJson(String id, String title, String prompt, String createdAt,
            int referenceCount, int shotCount, boolean hasPlan, FileJson cover) {

        static CreationSummaryJson of(Creation creation) {
            MediaAsset cover = creation.shots().stream()
                    .map(Shot::frame)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            return new CreationSummaryJson(creation.id().value(), creation.title(),
                    creation.prompt(), time(creation.createdAt()),
                    creation.references().size(), creation.shots().size(),
                    creation.plan() != null, FileJson.of(cover));
        }
    }

    record JobJson(String id, String creationId, String kind, String status, int progress,
            long cost, String error, String createdAt, String finishedAt,
            List<Integer> shots) {

        static JobJson of(Job job) {
            return new JobJson(job.id().value(), job.creationId().value(), job.kind().name(),
                    job.status().name(), job.progress(), job.cost().amount(), job.error(),
                    time(job.createdAt()), time(job.finishedAt()),
                    job.shots().stream().map(ShotNumber::value).toList());
        }
    }

    record LedgerEntryJson(String id, String kind, long amount, long balanceAfter, String note,
            String createdAt, String jobId) {

        static LedgerEntryJson of(LedgerEntry entry) {
            return new LedgerEntryJson(entry.id(), entry.kind().name(), entry.amount().amount(),
                    entry.balanceAfter().amount(), entry.note(), time(entry.createdAt()),
                    entry.job().map(j -> j.value()).orElse(null));
        }
    }

    record PriceJson(String kind, long credits, String unit) {

        static PriceJson of(Price price) {
            return new PriceJson(price.kind().name(), price.credits().amount(),
                    price.unit().label());
        }
    }

    /** A list answer: {@code {items: [...]}}. */
    record Items<T>(List<T> items) {
    }
}
