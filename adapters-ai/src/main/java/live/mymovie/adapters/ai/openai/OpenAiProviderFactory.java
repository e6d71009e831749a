package live.mymovie.adapters.ai.openai;

import java.util.Set;

import live.mymovie.adapters.ai.catalog.ProviderContext;
import live.mymovie.adapters.ai.catalog.ProviderFactory;
import live.mymovie.adapters.ai.catalog.Step;
import live.mymovie.application.port.out.StoryPlanner;

/** Registers OpenAI as the {@code openai} story planner. */
public final class OpenAiProviderFactory implements ProviderFactory {

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.PLANNER);
    }

    @Override
    public StoryPlanner storyPlanner(ProviderContext context) {
        return new OpenAiStoryPlanner(OpenAiSettings.from(context.settings()), context.vertx(),
                context.clock());
    }
}
