package live.mymovie.application.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.creation.Shot;
import live.mymovie.domain.creation.StoryPlan;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;

/** Turns what is held about a person into the documents of their data export. */
final class ExportDocuments {

    private ExportDocuments() {
    }

    static Map<String, Object> account(Account account, Credits balance) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", account.id().value());
        doc.put("email", account.email().value());
        doc.put("displayName", account.displayName().value());
        doc.put("role", account.role().name());
        doc.put("createdAt", account.createdAt().toString());
        doc.put("ageConfirmedAt", account.ageConfirmedAt().toString());
        doc.put("balance", balance.amount());
        return doc;
    }

    static Map<String, Object> ledger(Credits balance, List<LedgerEntry> entries) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("balance", balance.amount());
        doc.put("entries", entries.stream().map(ExportDocuments::entry).toList());
        return doc;
    }

    private static Map<String, Object> entry(LedgerEntry entry) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", entry.id());
        doc.put("kind", entry.kind().name());
        doc.put("amount", entry.amount().amount());
        doc.put("balanceAfter", entry.balanceAfter().amount());
        doc.put("note", entry.note());
        doc.put("createdAt", entry.createdAt().toString());
        doc.put("jobId", entry.job().map(Object::toString).orElse(null));
        return doc;
    }

    static List<Map<String, Object>> requestLog(List<RequestLogEntry> rows) {
        return rows.stream().map(row -> {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("at", row.at().toString());
            doc.put("ip", row.ip());
            doc.put("method", row.method());
            doc.put("path", row.path());
            doc.put("status", row.status());
            doc.put("millis", row.millis());
            return (Map<String, Object>) doc;
        }).toList();
    }

    static Map<String, Object> creation(Creation creation) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", creation.id().value());
        doc.put("title", creation.title());
        doc.put("prompt", creation.prompt());
        doc.put("createdAt", creation.createdAt().toString());
        doc.put("references", creation.references().stream()
                .map(ExportDocuments::reference).toList());
        doc.put("plan", creation.storyPlan().map(ExportDocuments::plan).orElse(null));
        doc.put("shots", creation.shots().stream().map(ExportDocuments::shot).toList());
        doc.put("soundtrack", creation.soundtrackAsset().map(ExportDocuments::file)
                .orElse(null));
        doc.put("voiceover", creation.voiceoverAsset().map(ExportDocuments::file)
                .orElse(null));
        return doc;
    }

    private static Map<String, Object> reference(ReferencePhoto reference) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("id", reference.id().value());
        doc.put("kind", reference.kind().name());
        doc.put("name", reference.name());
        doc.put("photo", file(reference.photo()));
        return doc;
    }

    private static Map<String, Object> plan(StoryPlan plan) {
        var brief = plan.musicBrief();
        var music = new LinkedHashMap<String, Object>();
        music.put("mood", brief.mood());
        music.put("genre", brief.genre());
        music.put("tempoBpm", brief.tempoBpm());
        music.put("key", brief.key());
        music.put("instruments", brief.instruments());
        var doc = new LinkedHashMap<String, Object>();
        doc.put("title", plan.title());
        doc.put("logline", plan.logline());
        doc.put("musicBrief", music);
        doc.put("provider", plan.provenance().provider());
        doc.put("model", plan.provenance().model());
        return doc;
    }

    private static Map<String, Object> shot(Shot shot) {
        var script = shot.script();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("number", script.number().value());
        doc.put("description", script.description());
        doc.put("camera", script.camera());
        doc.put("durationSeconds", script.durationSeconds());
        doc.put("narration", script.narration());
        doc.put("cast", script.cast());
        doc.put("location", script.location());
        doc.put("frame", shot.frameAsset().map(ExportDocuments::file).orElse(null));
        doc.put("clip", shot.clipAsset().map(ExportDocuments::file).orElse(null));
        return doc;
    }

    static Map<String, Object> file(MediaAsset asset) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("assetId", asset.id().value());
        doc.put("file", asset.downloadName());
        doc.put("contentType", asset.contentType());
        doc.put("sizeBytes", asset.sizeBytes());
        doc.put("sha256", asset.sha256());
        doc.put("provider", asset.provenance().provider());
        doc.put("model", asset.provenance().model());
        doc.put("prompt", asset.provenance().prompt());
        doc.put("createdAt", asset.createdAt().toString());
        return doc;
    }
}
