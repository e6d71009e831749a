package live.mymovie.application.fake;


import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.domain.creation.Provenance;

/** An in-memory video generator: answers the frame itself as a still clip, or a failure. */
public final class FakeVideoGenerator extends ScriptedProvider<FakeVideoGenerator>
        implements VideoGenerator {

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public synchronized GeneratedFile animate(ClipRequest request, ProviderCall call) {
        answerCall();
        return new GeneratedFile(request.frame().bytes().clone(), request.frame().contentType(),
                new Provenance(name(), "fake-still-clip", request.shot().camera()), null);
    }
}
