package live.mymovie.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/** What every story planner must do, whichever provider stands behind it. */
public abstract class StoryPlannerContract {

    protected abstract StoryPlanner subject();

    private static final PlanBrief LIGHTHOUSE = new PlanBrief("The Keeper",
            "Mara climbs the stairs of the Lighthouse at dusk. A storm rolls in from the sea. "
                    + "Mara lights the great lamp and a lost boat finds its way home.",
            List.of(new NamedReference(ReferenceKind.CAST, "Mara"),
                    new NamedReference(ReferenceKind.LOCATION, "Lighthouse")));

    @Test
    void a_plan_numbers_its_shots_from_one_and_gives_each_a_narration_line() {
        StoryPlan plan = subject().plan(LIGHTHOUSE, ProviderCall.detached());

        for (int i = 0; i < plan.shots().size(); i++) {
            ShotScript shot = plan.shots().get(i);
            assertEquals(i + 1, shot.number().value());
            assertFalse(shot.narration().isBlank(), "shot " + (i + 1) + " has no narration");
            assertFalse(shot.description().isBlank(), "shot " + (i + 1) + " has no description");
            assertFalse(shot.camera().isBlank(), "shot " + (i + 1) + " has no camera direction");
        }
    }

    @Test
    void a_plan_names_only_the_cast_and_locations_of_the_brief() {
        StoryPlan plan = subject().plan(LIGHTHOUSE, ProviderCall.detached());

        for (ShotScript shot : plan.shots()) {
            assertTrue(Set.of("Mara").containsAll(shot.cast()), "unknown cast " + shot.cast());
            shot.locationName().ifPresent(location -> assertEquals("Lighthouse", location));
        }
        assertTrue(plan.shots().stream().anyMatch(s -> s.cast().contains("Mara")),
                "no shot shows Mara");
        assertTrue(plan.shots().stream()
                .anyMatch(s -> s.locationName().filter("Lighthouse"::equals).isPresent()),
                "no shot is at the Lighthouse");
    }

    @Test
    void a_plan_without_references_shows_no_cast() {
        PlanBrief brief = new PlanBrief("Rain", "Rain falls on a quiet city.", List.of());

        StoryPlan plan = subject().plan(brief, ProviderCall.detached());

        assertTrue(plan.shots().stream().allMatch(s -> s.cast().isEmpty()));
    }

    @Test
    void a_plan_says_who_made_it_and_carries_a_music_brief() {
        StoryPlan plan = subject().plan(LIGHTHOUSE, ProviderCall.detached());

        assertEquals(subject().name(), plan.provenance().provider());
        assertFalse(plan.provenance().model().isBlank(), "provenance names no model");
        assertFalse(plan.musicBrief().mood().isBlank(), "music brief has no mood");
        assertFalse(plan.title().isBlank(), "plan has no title");
    }
}
