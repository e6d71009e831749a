package live.mymovie.adapters.web.support;

/** A request the server cannot read at all, such as malformed JSON; answered 400. */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message, null, false, false);
    }
}
