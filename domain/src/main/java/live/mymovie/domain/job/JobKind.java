package live.mymovie.domain.job;

/** The steps of the pipeline; each is a kind of job and has a price. */
public enum JobKind {
    PLAN("story plan"),
    STORYBOARD("storyboard"),
    ANIMATION("animation"),
    SOUNDTRACK("soundtrack"),
    VOICEOVER("voiceover");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    /** The step's name in a sentence, e.g. in a ledger note. */
    public String label() {
        return label;
    }
}
