package live.mymovie.adapters.ai.catalog;

import java.util.Objects;

import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.VoiceSynthesizer;

/** The five provider ports the application needs, as the catalog built them. */
public record Providers(
        StoryPlanner storyPlanner,
        ImageGenerator imageGenerator,
        VideoGenerator videoGenerator,
        MusicComposer musicComposer,
        VoiceSynthesizer voiceSynthesizer) {

    public Providers {
        Objects.requireNonNull(storyPlanner, "storyPlanner");
        Objects.requireNonNull(imageGenerator, "imageGenerator");
        Objects.requireNonNull(videoGenerator, "videoGenerator");
        Objects.requireNonNull(musicComposer, "musicComposer");
        Objects.requireNonNull(voiceSynthesizer, "voiceSynthesizer");
    }
}
