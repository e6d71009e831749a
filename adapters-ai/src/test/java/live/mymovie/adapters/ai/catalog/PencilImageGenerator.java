package live.mymovie.adapters.ai.catalog;

import java.util.Set;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.domain.creation.Provenance;

/**
 * The worked example of docs/providers.md: a second image provider added as this one class
 * plus the line {@code image=pencil} in {@code MYMOVIE_PROVIDERS}. It draws nothing real.
 */
public final class PencilImageGenerator implements ImageGenerator, ProviderFactory {

    private final ProviderSettings settings;

    /** The constructor ServiceLoader uses to find the factory. */
    public PencilImageGenerator() {
        this(ProviderSettings.empty("pencil"));
    }

    PencilImageGenerator(ProviderSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "pencil";
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.IMAGE);
    }

    @Override
    public boolean needsApiKey() {
        return false;
    }

    @Override
    public ImageGenerator imageGenerator(ProviderContext context) {
        return new PencilImageGenerator(context.settings());
    }

    @Override
    public GeneratedFile drawFrame(FrameRequest request, ProviderCall call) {
        String sketch = "pencil sketch of: " + request.shot().description();
        return new GeneratedFile(sketch.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain", new Provenance(name(), settings.modelOr("hb2"), sketch), null);
    }
}
