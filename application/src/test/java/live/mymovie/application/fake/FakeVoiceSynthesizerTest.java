package live.mymovie.application.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import live.mymovie.application.contract.VoiceSynthesizerContract;
import live.mymovie.application.port.out.VoiceSynthesizer;
import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.ProviderFailure;

/** Runs the VoiceSynthesizer contract against its fake, and checks the fake's failure switch. */
class FakeVoiceSynthesizerTest extends VoiceSynthesizerContract {

    private final FakeVoiceSynthesizer fake = new FakeVoiceSynthesizer();

    @Override
    protected VoiceSynthesizer subject() {
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
        fake.narrate(twoLines(), ProviderCall.detached());
    }
}
