package live.mymovie.adapters.ai.local;

import java.util.Set;

import live.mymovie.adapters.ai.catalog.ProviderContext;
import live.mymovie.adapters.ai.catalog.ProviderFactory;
import live.mymovie.adapters.ai.catalog.Step;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VoiceSynthesizer;

/** Registers the offline providers as {@code local}, the default for every step. */
public final class LocalProviderFactory implements ProviderFactory {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.values());
    }

    @Override
    public boolean needsApiKey() {
        return false;
    }

    @Override
    public StoryPlanner storyPlanner(ProviderContext context) {
        return new LocalStoryPlanner();
    }

    @Override
    public ImageGenerator imageGenerator(ProviderContext context) {
        return new LocalImageGenerator(LocalFrameSettings.defaults());
    }

    @Override
    public VideoGenerator videoGenerator(ProviderContext context) {
        return new LocalVideoGenerator(LocalVideoSettings.defaults());
    }

    @Override
    public MusicComposer musicComposer(ProviderContext context) {
        return new LocalMusicComposer();
    }

    @Override
    public VoiceSynthesizer voiceSynthesizer(ProviderContext context) {
        return new LocalVoiceSynthesizer(LocalVoiceSettings.defaults());
    }
}
