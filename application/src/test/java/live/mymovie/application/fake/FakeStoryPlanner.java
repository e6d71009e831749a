package live.mymovie.application.fake;

import java.util.ArrayList;
import java.util.List;

import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.domain.creation.MusicBrief;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/** An in-memory story planner: three shots with every cast member, or a failure on demand. */
public final class FakeStoryPlanner extends ScriptedProvider<FakeStoryPlanner>
        implements StoryPlanner {

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public synchronized StoryPlan plan(PlanBrief brief, ProviderCall call) {
        answerCall();
        List<String> cast = namesOf(brief, ReferenceKind.CAST);
        String location = namesOf(brief, ReferenceKind.LOCATION).stream().findFirst()
                .orElse(null);
        List<ShotScript> shots = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            shots.add(new ShotScript(ShotNumber.of(i), "Shot " + i + ": " + brief.prompt(),
                    i == 1 ? "Wide shot" : "Medium shot", 3, "Narration " + i + ".", cast,
                    location));
        }
        MusicBrief music = new MusicBrief("hopeful", "ambient", 100, "C major", List.of("piano"));
        return new StoryPlan(brief.title(), brief.prompt(), music, shots,
                new Provenance(name(), "fake-planner", brief.prompt()));
    }

    private static List<String> namesOf(PlanBrief brief, ReferenceKind kind) {
        return brief.references().stream()
                .filter(r -> r.kind() == kind)
                .map(NamedReference::name)
                .toList();
    }
}
