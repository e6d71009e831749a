package live.mymovie.adapters.ai.runway;

import java.time.Clock;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.MediaTypes;
import live.mymovie.adapters.ai.http.ProviderRequest;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ShotScript;

/** Animates a shot's stored frame into a clip with Runway's image-to-video. */
public final class RunwayVideoGenerator implements VideoGenerator {

    private final RunwaySettings settings;
    private final RunwayTasks tasks;
    private final Clock clock;

    public RunwayVideoGenerator(RunwaySettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.tasks = new RunwayTasks(settings, vertx, clock);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "runway";
    }

    @Override
    public GeneratedFile animate(ClipRequest request, ProviderCall call) {
        ReferenceImage frame = request.frame();
        int[] size = DataUris.dimensions(frame.bytes());
        String prompt = prompt(request.shot());
        JsonObject body = new JsonObject()
                .put("model", settings.videoModel())
                .put("promptImage", DataUris.of(frame.contentType(), frame.bytes(),
                        DataUris.MAX_CHARS))
                .put("promptText", prompt)
                .put("ratio", RunwayRatios.nearest(RunwayRatios.VIDEO, size[0], size[1]))
                .put("duration", duration(request.durationSeconds()));

        RunwayTasks.Output output = tasks.run(
                ProviderRequest.postJson("Create Runway clip", "/v1/image_to_video", body), call);

        call.progress(100);
        return new GeneratedFile(output.file().bytes(),
                MediaTypes.of(output.file().bytes(), output.file().contentType(), "video/mp4"),
                new Provenance(name(), settings.videoModel(), prompt),
                clock.instant().plus(RunwayImageGenerator.URL_LIFETIME));
    }

    @Override
    public void cancelTask(String providerTaskId) {
        tasks.cancel(providerTaskId);
    }

    /** Every source agrees on 5 and 10 seconds, so the clip takes the nearer of the two. */
    static int duration(int wantedSeconds) {
        return wantedSeconds <= 7 ? 5 : 10;
    }

    private static String prompt(ShotScript shot) {
        String camera = shot.camera().isBlank() ? "" : shot.camera().strip() + ". ";
        return PromptText.limit(camera + shot.description().strip());
    }

    @Override
    public String toString() {
        return "RunwayVideoGenerator[" + settings + "]";
    }
}
