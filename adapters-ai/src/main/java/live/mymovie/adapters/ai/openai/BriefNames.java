package live.mymovie.adapters.ai.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Keeps a plan to the cast and locations of its brief: a model sometimes invents a name or
 * changes its case, and a shot must only name references the person actually gave.
 */
final class BriefNames {

    private final Map<String, String> cast = new LinkedHashMap<>();
    private final Map<String, String> locations = new LinkedHashMap<>();

    BriefNames(PlanBrief brief) {
        for (NamedReference reference : brief.references()) {
            String name = reference.name().strip();
            if (reference.kind() != ReferenceKind.LOCATION) {
                cast.putIfAbsent(key(name), name);
            }
            if (reference.kind() != ReferenceKind.CAST) {
                locations.putIfAbsent(key(name), name);
            }
        }
    }

    /** The plan with unknown names dropped and known ones spelled as the brief spells them. */
    StoryPlan keep(StoryPlan plan) {
        List<ShotScript> shots = plan.shots().stream().map(this::keep).toList();
        return new StoryPlan(plan.title(), plan.logline(), plan.musicBrief(), shots,
                plan.provenance());
    }

    private ShotScript keep(ShotScript shot) {
        List<String> known = new ArrayList<>();
        for (String name : shot.cast()) {
            String given = cast.get(key(name));
            if (given != null && !known.contains(given)) {
                known.add(given);
            }
        }
        String location = shot.locationName().map(name -> locations.get(key(name)))
                .orElse(null);
        return new ShotScript(shot.number(), shot.description(), shot.camera(),
                shot.durationSeconds(), shot.narration(), known, location);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
