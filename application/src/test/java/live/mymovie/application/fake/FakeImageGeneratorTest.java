package live.mymovie.application.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.ImageGeneratorContract;
import live.mymovie.application.port.out.ImageGenerator;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

/** Runs the ImageGenerator contract against its fake, and checks the fake's failure switch. */
class FakeImageGeneratorTest extends ImageGeneratorContract {

    private final FakeImageGenerator fake = new FakeImageGenerator();

    @Override
    protected ImageGenerator subject() {
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

    private static ShotScript shot() {
        return new ShotScript(ShotNumber.of(1), "Rain falls.", "Wide shot", 3, "Rain.",
                List.of(), null);
    }

    private void callOnce() {
        fake.drawFrame(new ImageGenerator.FrameRequest("Rain", shot(), List.of(), 64, 36),
                ProviderCall.detached());
    }
}
