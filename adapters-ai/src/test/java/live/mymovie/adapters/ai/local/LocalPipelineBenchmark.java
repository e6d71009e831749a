package live.mymovie.adapters.ai.local;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import live.mymovie.adapters.ai.imaging.ImageCodec;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.MusicComposer.MusicRequest;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.StoryPlanner.NamedReference;
import live.mymovie.application.port.out.StoryPlanner.PlanBrief;
import live.mymovie.application.port.out.VideoGenerator.ClipRequest;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationLine;
import live.mymovie.application.port.out.VoiceSynthesizer.NarrationRequest;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Times the whole local pipeline for a six-shot creation (plan, six frames, six clips,
 * soundtrack, voiceover) and prints the seconds; run by bench/local-pipeline.sh. With a
 * folder as argument it also writes every file there to look at.
 */
public final class LocalPipelineBenchmark {

    private static final String PROMPT = "Ana wakes at dawn in the Cabin. She walks down to "
            + "the Lake with a lantern. Ben rows a small boat across the Lake. Ana waves and "
            + "smiles at Ben. A storm gathers over the hills. They run back to the Cabin "
            + "together, laughing in the rain.";

    private LocalPipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : null;
        List<ReferenceImage> references = List.of(
                portrait("Ana", new Color(224, 172, 140)),
                portrait("Ben", new Color(150, 100, 70)),
                location("Cabin", new Color(90, 60, 40)),
                location("Lake", new Color(40, 90, 140)));
        ProviderCall call = ProviderCall.detached();
        long start = System.nanoTime();

        StoryPlan plan = timed("plan", () -> new LocalStoryPlanner().plan(new PlanBrief(
                "Storm at the Lake", PROMPT, references.stream()
                        .map(r -> new NamedReference(r.kind(), r.name())).toList()), call));
        List<GeneratedFile> frames = new ArrayList<>();
        LocalImageGenerator images = new LocalImageGenerator(LocalFrameSettings.defaults());
        for (ShotScript shot : plan.shots()) {
            frames.add(timed("frame " + shot.number(), () -> images.drawFrame(
                    new FrameRequest(plan.title(), shot, references, 1280, 720), call)));
        }
        LocalVideoGenerator video = new LocalVideoGenerator(LocalVideoSettings.defaults());
        List<GeneratedFile> clips = new ArrayList<>();
        for (int i = 0; i < plan.shots().size(); i++) {
            ShotScript shot = plan.shots().get(i);
            ReferenceImage frame = new ReferenceImage(ReferenceKind.LOCATION, "frame",
                    "image/png", frames.get(i).bytes());
            clips.add(timed("clip " + shot.number(), () -> video.animate(
                    new ClipRequest(shot, frame, shot.durationSeconds()), call)));
        }
        GeneratedFile music = timed("soundtrack", () -> new LocalMusicComposer().compose(
                new MusicRequest(plan.title(), plan.musicBrief(), plan.totalSeconds()), call));
        GeneratedFile voice = timed("voiceover", () -> new LocalVoiceSynthesizer(
                LocalVoiceSettings.defaults()).narrate(new NarrationRequest(plan.shots().stream()
                        .map(s -> new NarrationLine(s.number().value(), s.narration(),
                                s.durationSeconds())).toList()), call));

        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("local pipeline, %d shots, %d s of movie: %.2f s%n",
                plan.shots().size(), plan.totalSeconds(), seconds);
        if (out != null) {
            save(out, plan, frames, clips, music, voice);
        }
    }

    private static <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("  %-12s %6.2f s%n", step, (System.nanoTime() - start) / 1e9);
        return result;
    }

    private static void save(Path out, StoryPlan plan, List<GeneratedFile> frames,
            List<GeneratedFile> clips, GeneratedFile music, GeneratedFile voice)
            throws IOException {
        for (int i = 0; i < frames.size(); i++) {
            Files.write(out.resolve("frame-" + (i + 1) + ".png"), frames.get(i).bytes());
            String ext = clips.get(i).contentType().equals("video/mp4") ? ".mp4" : ".gif";
            Files.write(out.resolve("clip-" + (i + 1) + ext), clips.get(i).bytes());
        }
        Files.write(out.resolve("soundtrack.wav"), music.bytes());
        Files.write(out.resolve("voiceover.wav"), voice.bytes());
        Files.writeString(out.resolve("plan.txt"), plan.toString());
    }

    /** A drawn head and shoulders on a plain wall, standing in for a cast photo. */
    private static ReferenceImage portrait(String name, Color skin) {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(200, 210, 230), 0, 800, Color.GRAY));
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(40, 60, 120));
        g.fillOval(110, 560, 380, 400);
        g.setColor(skin);
        g.fillOval(190, 200, 220, 290);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(245, 300, 26, 18);
        g.fillOval(330, 300, 26, 18);
        g.dispose();
        return new ReferenceImage(ReferenceKind.CAST, name, "image/jpeg",
                ImageCodec.jpeg(image, 0.9f));
    }

    /** A drawn landscape standing in for a location photo. */
    private static ReferenceImage location(String name, Color ground) {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 230), 0, 600, Color.WHITE));
        g.fillRect(0, 0, 1600, 1000);
        g.setColor(ground);
        g.fillRect(0, 600, 1600, 400);
        g.dispose();
        return new ReferenceImage(ReferenceKind.LOCATION, name, "image/jpeg",
                ImageCodec.jpeg(image, 0.9f));
    }
}
