package live.mymovie.adapters.ai.runway;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import live.mymovie.adapters.ai.http.MediaTypes;
import live.mymovie.adapters.ai.http.ProviderRequest;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ReferenceImage;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotScript;

/**
 * Draws storyboard frames with Runway's text-to-image, sending the shot's cast and location
 * photos as tagged reference images so faces and places stay the same across shots.
 */
public final class RunwayImageGenerator implements ImageGenerator {

    /** Runway takes at most three reference images per request. */
    static final int MAX_REFERENCES = 3;
    /** Runway keeps output URLs for 24 to 48 hours; we count on the shorter. */
    static final Duration URL_LIFETIME = Duration.ofHours(24);

    private final RunwaySettings settings;
    private final RunwayTasks tasks;
    private final Clock clock;

    public RunwayImageGenerator(RunwaySettings settings, Vertx vertx, Clock clock) {
        this.settings = settings;
        this.tasks = new RunwayTasks(settings, vertx, clock);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "runway";
    }

    @Override
    public GeneratedFile drawFrame(FrameRequest request, ProviderCall call) {
        List<Tagged> references = tagged(chosen(request));
        String prompt = prompt(request.shot(), references);
        JsonObject body = new JsonObject()
                .put("model", settings.imageModel())
                .put("promptText", prompt)
                .put("ratio", RunwayRatios.nearest(RunwayRatios.IMAGE, request.width(),
                        request.height()));
        if (!references.isEmpty()) {
            body.put("referenceImages", referenceArray(references));
        }

        RunwayTasks.Output output = tasks.run(
                ProviderRequest.postJson("Create Runway frame", "/v1/text_to_image", body), call);

        call.progress(100);
        return new GeneratedFile(output.file().bytes(),
                MediaTypes.of(output.file().bytes(), output.file().contentType(), "image/png"),
                new Provenance(name(), settings.imageModel(), prompt),
                clock.instant().plus(URL_LIFETIME));
    }

    /** The shot's cast in order, then its location, at most three in all. */
    private static List<ReferenceImage> chosen(FrameRequest request) {
        ShotScript shot = request.shot();
        List<ReferenceImage> cast = new ArrayList<>();
        for (String member : shot.cast()) {
            find(request.references(), ReferenceKind.CAST, member).ifPresent(cast::add);
        }
        List<ReferenceImage> location = shot.locationName()
                .flatMap(place -> find(request.references(), ReferenceKind.LOCATION, place))
                .map(List::of).orElse(List.of());
        if (cast.isEmpty() && location.isEmpty()) {
            return request.references().stream().limit(MAX_REFERENCES).toList();
        }
        int castRoom = MAX_REFERENCES - location.size();
        List<ReferenceImage> picked = new ArrayList<>(cast.subList(0,
                Math.min(cast.size(), castRoom)));
        picked.addAll(location);
        return picked;
    }

    private static Optional<ReferenceImage> find(List<ReferenceImage> references,
            ReferenceKind kind, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return references.stream()
                .filter(r -> r.kind() == kind || r.kind() == null)
                .filter(r -> r.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static List<Tagged> tagged(List<ReferenceImage> references) {
        ReferenceTags tags = new ReferenceTags();
        return references.stream()
                .map(r -> new Tagged(r, tags.tagFor(r.name(), r.kind()))).toList();
    }

    private static JsonArray referenceArray(List<Tagged> references) {
        JsonArray array = new JsonArray();
        for (Tagged reference : references) {
            ReferenceImage image = reference.image();
            array.add(new JsonObject()
                    .put("uri", DataUris.of(image.contentType(), image.bytes(),
                            DataUris.MAX_CHARS))
                    .put("tag", reference.tag()));
        }
        return array;
    }

    /** Cites every reference as {@code @tag} first, so cutting the text never drops one. */
    static String prompt(ShotScript shot, List<Tagged> references) {
        StringBuilder text = new StringBuilder();
        List<String> cast = references.stream()
                .filter(r -> r.image().kind() != ReferenceKind.LOCATION)
                .map(r -> "@" + r.tag()).toList();
        List<String> places = references.stream()
                .filter(r -> r.image().kind() == ReferenceKind.LOCATION)
                .map(r -> "@" + r.tag()).toList();
        if (!cast.isEmpty()) {
            text.append(String.join(" and ", cast));
        }
        if (!places.isEmpty()) {
            text.append(cast.isEmpty() ? "At " : " at ").append(String.join(", ", places));
        }
        if (!text.isEmpty()) {
            text.append(". ");
        }
        String description = shot.description().isBlank()
                ? "A cinematic still frame" : shot.description().strip();
        text.append(description);
        if (!shot.camera().isBlank()) {
            text.append(" Camera: ").append(shot.camera().strip());
        }
        return PromptText.limit(text.toString());
    }

    /** A reference photo and the tag the prompt cites it by. */
    record Tagged(ReferenceImage image, String tag) {
    }

    @Override
    public String toString() {
        return "RunwayImageGenerator[" + settings + "]";
    }
}
