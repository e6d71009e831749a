package live.mymovie.adapters.ai.elevenlabs;

import java.time.Clock;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import live.mymovie.adapters.ai.fake.FakeElevenLabs;
import live.mymovie.application.contract.MusicComposerContract;
import live.mymovie.application.port.out.MusicComposer;

/** The ElevenLabs composer, pointed at the fake ElevenLabs, keeps the music composer contract. */
class ElevenLabsMusicComposerContractTest extends MusicComposerContract {

    private static Vertx vertx;
    private FakeElevenLabs fake;
    private ElevenLabsMusicComposer composer;

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
        composer = new ElevenLabsMusicComposer(
                ElevenLabsTestSupport.settings(fake, FakeElevenLabs.KEY, 0), vertx,
                Clock.systemUTC());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Override
    protected MusicComposer subject() {
        return composer;
    }
}
