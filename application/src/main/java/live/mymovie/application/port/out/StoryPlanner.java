package live.mymovie.application.port.out;

import java.util.List;
import java.util.Objects;

import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Writes the story plan and music brief. It takes text only: the types here cannot carry an
 * image, so no photo ever reaches the planning provider.
 */
public interface StoryPlanner {

    /** The provider's name as configuration and results name it. */
    String name();

    /**
     * Plans the story.
     *
     * @throws ProviderFailure when the provider cannot deliver
     */
    StoryPlan plan(PlanBrief brief, ProviderCall call);

    /** The person's prompt and the names and roles of their cast and locations. */
    record PlanBrief(String title, String prompt, List<NamedReference> references) {
        public PlanBrief {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(prompt, "prompt");
            references = List.copyOf(references);
        }
    }

    /** A cast member or location by name only. */
    record NamedReference(ReferenceKind kind, String name) {
    }
}
