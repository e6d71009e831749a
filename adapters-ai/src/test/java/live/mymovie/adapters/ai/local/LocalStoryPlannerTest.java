package live.mymovie.adapters.ai.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.StoryPlannerContract;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

class LocalStoryPlannerTest extends StoryPlannerContract {

    private final LocalStoryPlanner planner = new LocalStoryPlanner();

    @Override
    protected StoryPlanner subject() {
        return planner;
    }

    private StoryPlan plan(String prompt, NamedReference... references) {
        return planner.plan(new PlanBrief("Test", prompt, List.of(references)),
                ProviderCall.detached());
    }

    private static final String SIX = "Ana wakes in the Cabin. She walks to the Lake. "
            + "Ben rows a boat across the Lake. Ana waves at Ben. A storm gathers over the "
            + "hills. They run back to the Cabin together.";

    private static final NamedReference[] SIX_REFERENCES = {
        new NamedReference(ReferenceKind.CAST, "Ana"),
        new NamedReference(ReferenceKind.CAST, "Ben"),
        new NamedReference(ReferenceKind.LOCATION, "Cabin"),
        new NamedReference(ReferenceKind.LOCATION, "Lake")};

    @Test
    void each_sentence_of_the_prompt_becomes_a_shot_with_the_names_it_mentions() {
        StoryPlan plan = plan(SIX, SIX_REFERENCES);

        assertEquals(6, plan.shots().size());
        assertEquals("Ana wakes in the Cabin.", plan.shots().get(0).description());
        assertEquals(List.of("Ana"), plan.shots().get(0).cast());
        assertEquals("Cabin", plan.shots().get(0).location());
        assertEquals(List.of("Ben"), plan.shots().get(2).cast());
        assertEquals("Lake", plan.shots().get(2).location());
        assertEquals(List.of("Ana", "Ben"), plan.shots().get(3).cast());
    }

    @Test
    void camera_directions_vary_between_neighbouring_shots() {
        List<ShotScript> shots = plan(SIX, SIX_REFERENCES).shots();

        Set<String> cameras = new HashSet<>();
        for (int i = 0; i < shots.size(); i++) {
            cameras.add(shots.get(i).camera());
            if (i > 0) {
                assertFalse(shots.get(i).camera().equals(shots.get(i - 1).camera()),
                        "shots " + i + " and " + (i + 1) + " share a camera direction");
            }
        }
        assertTrue(cameras.size() >= 3, "only " + cameras);
        assertTrue(cameras.stream().anyMatch(c -> c.startsWith("Pan")), "no pan in " + cameras);
    }

    @Test
    void the_same_brief_always_gives_the_same_plan() {
        StoryPlan first = plan(SIX, SIX_REFERENCES);
        StoryPlan second = plan(SIX, SIX_REFERENCES);

        assertEquals(first, second);
    }

    @Test
    void a_one_word_prompt_still_gives_three_narrated_shots() {
        StoryPlan plan = plan("Dragons");

        assertEquals(3, plan.shots().size());
        assertTrue(plan.shots().stream().allMatch(s -> s.narration().contains("Dragons")));
        assertTrue(plan.shots().stream().allMatch(s -> s.durationSeconds() >= 3));
    }

    @Test
    void a_five_thousand_character_prompt_gives_at_most_eight_short_shots() {
        String prompt = "The caravan crosses the endless desert under a white sun. ".repeat(90)
                .substring(0, 5000);

        StoryPlan plan = plan(prompt);

        assertEquals(8, plan.shots().size());
        for (ShotScript shot : plan.shots()) {
            assertTrue(shot.description().length() <= 400, "description too long");
            assertTrue(shot.narration().length() <= 220, "narration too long");
            assertTrue(shot.durationSeconds() <= 8);
        }
    }

    @Test
    void a_chinese_prompt_is_split_at_its_own_full_stops() {
        StoryPlan plan = plan("小明在公园里跑步。他遇见了一只猫。猫跟着他回家了。",
                new NamedReference(ReferenceKind.CAST, "小明"));

        assertEquals(3, plan.shots().size());
        assertEquals("他遇见了一只猫。", plan.shots().get(1).description());
        assertEquals(List.of("小明"), plan.shots().get(0).cast());
    }

    @Test
    void an_arabic_prompt_keeps_its_words_in_the_narration() {
        StoryPlan plan = plan("ذهبت ليلى إلى البحر. رأت قاربا صغيرا. عادت إلى البيت سعيدة.");

        assertEquals(3, plan.shots().size());
        assertTrue(plan.shots().get(0).narration().contains("ليلى"));
    }

    @Test
    void an_emoji_prompt_gives_narration_a_voice_can_speak() {
        StoryPlan plan = plan("🐉🔥🏰✨");

        for (ShotScript shot : plan.shots()) {
            assertFalse(shot.narration().isBlank());
            assertTrue(shot.narration().codePoints()
                    .noneMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL),
                    shot.narration());
        }
    }

    @Test
    void the_music_brief_follows_the_mood_of_the_prompt() {
        StoryPlan sad = plan("A lonely goodbye in the rain. Tears on the window.");
        StoryPlan party = plan("A fast birthday party with dancing, 140 bpm, in E minor.");

        assertEquals("melancholic", sad.musicBrief().mood());
        assertTrue(sad.musicBrief().key().endsWith("minor"));
        assertTrue(sad.musicBrief().tempoBpm() < 90);
        assertEquals("joyful", party.musicBrief().mood());
        assertEquals(140, party.musicBrief().tempoBpm());
        assertEquals("E minor", party.musicBrief().key());
    }

    @Test
    void the_plan_is_labelled_as_a_local_preview() {
        StoryPlan plan = plan(SIX, SIX_REFERENCES);

        assertEquals("local", plan.provenance().provider());
        assertEquals(LocalStoryPlanner.MODEL, plan.provenance().model());
        assertTrue(plan.provenance().isLocalPreview());
    }

    @Test
    void a_long_single_sentence_is_cut_into_beats_that_each_say_something_whole() {
        List<String> beats = LocalStoryPlanner.beats("Mila, a girl with a red scarf, finds a "
                + "glowing lantern in the Old Harbor, and follows its light to a ship that "
                + "nobody has seen for a hundred years.");

        assertTrue(beats.size() >= 3, beats.toString());
        assertTrue(beats.stream().allMatch(b -> b.split("\\s+").length >= 4), beats.toString());
        assertTrue(beats.get(0).startsWith("Mila, a girl"), beats.toString());
    }
}
