package live.mymovie.adapters.ai.runway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.adapters.ai.fake.Samples;
import live.mymovie.adapters.ai.http.DownloadPolicy;
import live.mymovie.adapters.ai.http.HttpTuning;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

/** Settings and requests shared by the Runway adapter tests. */
final class RunwayTestSupport {

    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");
    static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration POLL = Duration.ofMillis(20);

    private RunwayTestSupport() {
    }

    /** Quick polls and retries, downloads allowed from the fake's own origin only. */
    static RunwaySettings settings(FakeRunway fake) {
        return settings(fake, Duration.ofSeconds(5));
    }

    /** The same with a short call timeout, for answers that come too late. */
    static RunwaySettings impatient(FakeRunway fake) {
        return settings(fake, Duration.ofMillis(400));
    }

    private static RunwaySettings settings(FakeRunway fake, Duration callTimeout) {
        return new RunwaySettings(FakeRunway.KEY, fake.origin(), "gen4_image", "gen4_turbo",
                new HttpTuning(Duration.ofSeconds(2), callTimeout, 3,
                        Duration.ofMillis(5), Duration.ofSeconds(1)),
                POLL, Duration.ofSeconds(3),
                new DownloadPolicy(List.of(fake.origin()), 1_000_000, Duration.ofSeconds(2)));
    }

    static ShotScript shot(String description, List<String> cast, String location) {
        return new ShotScript(ShotNumber.of(1), description, "Slow tilt up", 5,
                "Every night, Mia climbed.", cast, location);
    }

    static ReferenceImage cast(String name) {
        return new ReferenceImage(ReferenceKind.CAST, name, "image/png", Samples.png(40, 40));
    }

    static ReferenceImage place(String name) {
        return new ReferenceImage(ReferenceKind.LOCATION, name, "image/png",
                Samples.png(80, 45));
    }

    static FrameRequest frameOfMiaAtTheLighthouse() {
        return new FrameRequest("The Lighthouse Cat",
                shot("Mia climbs the spiral stairs with a lantern.", List.of("Mia"),
                        "Lighthouse"),
                List.of(cast("Mia"), place("Lighthouse")), 1920, 1080);
    }
}
