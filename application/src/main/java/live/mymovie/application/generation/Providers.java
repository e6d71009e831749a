package live.mymovie.application.generation;

import java.util.Objects;

import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VoiceSynthesizer;

/** The provider chosen for each pipeline step. */
public record Providers(
        StoryPlanner planner,
        ImageGenerator images,
        VideoGenerator videos,
        MusicComposer music,
        VoiceSynthesizer voices) {

    public Providers {
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(music, "music");
        Objects.requireNonNull(voices, "voices");
    }
}
