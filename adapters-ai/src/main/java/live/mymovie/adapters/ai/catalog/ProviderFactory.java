package live.mymovie.adapters.ai.catalog;

import java.util.Set;

import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VoiceSynthesizer;

/**
 * The one extension point for providers: a factory named like its configuration entry that
 * builds the adapters for the steps it serves. Implementations have a public no-argument
 * constructor and are listed in {@code META-INF/services/} under this interface's name.
 */
public interface ProviderFactory {

    /** The name configuration uses, e.g. {@code runway} in {@code image=runway}. */
    String name();

    /** The steps this provider can serve. */
    Set<Step> steps();

    /** False for providers that run offline and need no key. */
    default boolean needsApiKey() {
        return true;
    }

    /** Builds the story planner; only called when {@link #steps()} holds PLANNER. */
    default StoryPlanner storyPlanner(ProviderContext context) {
        throw unsupported(Step.PLANNER);
    }

    /** Builds the image generator; only called when {@link #steps()} holds IMAGE. */
    default ImageGenerator imageGenerator(ProviderContext context) {
        throw unsupported(Step.IMAGE);
    }

    /** Builds the video generator; only called when {@link #steps()} holds VIDEO. */
    default VideoGenerator videoGenerator(ProviderContext context) {
        throw unsupported(Step.VIDEO);
    }

    /** Builds the music composer; only called when {@link #steps()} holds MUSIC. */
    default MusicComposer musicComposer(ProviderContext context) {
        throw unsupported(Step.MUSIC);
    }

    /** Builds the voice synthesizer; only called when {@link #steps()} holds VOICE. */
    default VoiceSynthesizer voiceSynthesizer(ProviderContext context) {
        throw unsupported(Step.VOICE);
    }

    private UnsupportedOperationException unsupported(Step step) {
        return new UnsupportedOperationException(name() + " does not serve the " + step.key()
                + " step");
    }
}
