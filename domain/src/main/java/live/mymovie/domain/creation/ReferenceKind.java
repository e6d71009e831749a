package live.mymovie.domain.creation;

/** Whether a reference photo shows a member of the cast or a location. */
public enum ReferenceKind {
    CAST,
    LOCATION
}
