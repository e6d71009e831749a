package live.mymovie.adapters.ai.runway;

import java.time.Clock;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import live.mymovie.adapters.ai.fake.FakeRunway;
import live.mymovie.application.contract.VideoGeneratorContract;
import live.mymovie.application.port.out.VideoGenerator;

/** The Runway video generator, pointed at the fake Runway, keeps the video generator contract. */
class RunwayVideoGeneratorContractTest extends VideoGeneratorContract {

    private static Vertx vertx;
    private FakeRunway fake;
    private RunwayVideoGenerator generator;

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
        fake = new FakeRunway(vertx);
        generator = new RunwayVideoGenerator(RunwayTestSupport.settings(fake), vertx,
                Clock.systemUTC());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Override
    protected VideoGenerator subject() {
        return generator;
    }
}
