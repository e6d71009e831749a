package live.mymovie.application.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.VideoGeneratorContract;
import live.mymovie.application.port.out.VideoGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;

/** Runs the VideoGenerator contract against its fake, and checks the fake's failure switch. */
class FakeVideoGeneratorTest extends VideoGeneratorContract {

    private final FakeVideoGenerator fake = new FakeVideoGenerator();

    @Override
    protected VideoGenerator subject() {
        return fake;
    }

    @Test
    void the_fake_fails_the_next_calls_it_is_told_to_then_recovers() {
        ProviderFailure busy = ProviderFailure.transientFailure("busy", null);
        fake.failNext(2, busy);

        assertSame(busy, assertThrows(ProviderFailure.class, this::callOnce));
        assertSame(busy, assertThrows(ProviderFailure.class, this::callOnce));
        callOnce();
        assertEquals(3, fake.calls());
    }

    private void callOnce() {
        fake.animate(new VideoGenerator.ClipRequest(panShot(2), storyboardFrame(64, 36), 2),
                ProviderCall.detached());
    }
}
