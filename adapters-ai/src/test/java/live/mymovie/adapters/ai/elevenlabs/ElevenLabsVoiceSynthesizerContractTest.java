package live.mymovie.adapters.ai.elevenlabs;

import java.time.Clock;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.application.contract.VoiceSynthesizerContract;
import live.mymovie.application.port.out.VoiceSynthesizer;

/** The ElevenLabs voice, pointed at the fake ElevenLabs, keeps the voice synthesizer contract. */
class ElevenLabsVoiceSynthesizerContractTest extends VoiceSynthesizerContract {

    private static Vertx vertx;
    private FakeElevenLabs fake;
    private ElevenLabsVoiceSynthesizer synthesizer;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    @BeforeEach
    void startFake() {
        fake = new FakeElevenLabs(vertx);
        synthesizer = new ElevenLabsVoiceSynthesizer(
                ElevenLabsTestSupport.settings(fake, FakeElevenLabs.KEY, 0), vertx,
                Clock.systemUTC());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Override
    protected VoiceSynthesizer subject() {
        return synthesizer;
    }
}
