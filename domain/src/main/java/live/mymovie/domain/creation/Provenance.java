package live.mymovie.domain.creation;

import java.util.Objects;

/** Who made a result: the provider and model, and the prompt they were given. */
public record Provenance(String provider, String model, String prompt) {

    public static final String UPLOAD = "upload";

    public Provenance {
        Objects.requireNonNull(provider, "provider");
        model = model == null ? "" : model;
        prompt = prompt == null ? "" : prompt;
    }

    /** A file the person uploaded themselves. */
    public static Provenance uploaded() {
        return new Provenance(UPLOAD, "", "");
    }

    /** True for the offline providers that make previews on this machine. */
    public boolean isLocalPreview() {
        return provider.startsWith("local");
    }
}
