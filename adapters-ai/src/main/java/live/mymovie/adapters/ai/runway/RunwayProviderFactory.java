package live.mymovie.adapters.ai.runway;

import java.util.Set;

import live.mymovie.adapters.ai.catalog.ProviderContext;
import live.mymovie.adapters.ai.catalog.ProviderFactory;
import live.mymovie.adapters.ai.catalog.Step;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.VideoGenerator;

/** Registers Runway as the {@code runway} provider of frames and clips. */
public final class RunwayProviderFactory implements ProviderFactory {

    @Override
    public String name() {
        return "runway";
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.IMAGE, Step.VIDEO);
    }

    @Override
    public ImageGenerator imageGenerator(ProviderContext context) {
        return new RunwayImageGenerator(RunwaySettings.from(context.settings()),
                context.vertx(), context.clock());
    }

    @Override
    public VideoGenerator videoGenerator(ProviderContext context) {
        return new RunwayVideoGenerator(RunwaySettings.from(context.settings()),
                context.vertx(), context.clock());
    }
}
