package live.mymovie.application.fake;

import java.util.Objects;

import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.domain.creation.Provenance;

/** An in-memory video generator: answers the frame itself as a still clip, or a failure. */
public final class FakeVideoGenerator implements VideoGenerator {

    private ProviderFailure failure;
    private int failuresLeft;
    private int calls;

    /** Makes the next {@code times} calls throw {@code failure}. */
    public synchronized FakeVideoGenerator failNext(int times, ProviderFailure failure) {
        this.failure = Objects.requireNonNull(failure, "failure");
        this.failuresLeft = times;
        return this;
    }

    /** How many times {@link #animate} was called, failed calls included. */
    public synchronized int calls() {
        return calls;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public synchronized GeneratedFile animate(ClipRequest request, ProviderCall call) {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw failure;
        }
        return new GeneratedFile(request.frame().bytes().clone(), request.frame().contentType(),
                new Provenance(name(), "fake-still-clip", request.shot().camera()), null);
    }
}
