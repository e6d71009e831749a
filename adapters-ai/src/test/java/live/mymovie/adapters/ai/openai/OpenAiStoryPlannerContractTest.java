package live.mymovie.adapters.ai.openai;

import java.time.Clock;
import java.time.Duration;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import live.mymovie.adapters.ai.fake.FakeOpenAi;
import live.mymovie.adapters.ai.http.HttpTuning;
import live.mymovie.application.contract.StoryPlannerContract;
import live.mymovie.application.port.out.StoryPlanner;

/**
 * The OpenAI planner, pointed at the fake OpenAI, keeps the story planner contract. The fake
 * answers the same plan to every brief, and that plan also names a stranger and a place the
 * brief never gave, as a model sometimes does: the planner must leave them out.
 */
class OpenAiStoryPlannerContractTest extends StoryPlannerContract {

    private static final HttpTuning QUICK = new HttpTuning(Duration.ofSeconds(2),
            Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ofSeconds(1));
    private static Vertx vertx;
    private FakeOpenAi fake;
    private OpenAiStoryPlanner planner;

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
        fake = new FakeOpenAi(vertx);
        fake.answerContent(keeperPlan().encode(), "stop");
        planner = new OpenAiStoryPlanner(new OpenAiSettings(FakeOpenAi.KEY,
                fake.origin() + "/v1", "gpt-5.4-mini", 16_000, null, null, null, QUICK),
                vertx, Clock.systemUTC());
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Override
    protected StoryPlanner subject() {
        return planner;
    }

    private static JsonObject keeperPlan() {
        return new JsonObject()
                .put("title", "The Keeper")
                .put("logline", "A keeper lights the lamp and guides a lost boat home.")
                .put("shots", new JsonArray()
                        .add(FakeOpenAi.shot("Mara climbs the lighthouse stairs at dusk.",
                                "Slow tilt up", 5, "Every evening, Mara climbed.",
                                new JsonArray().add("Mara"), "Lighthouse"))
                        .add(FakeOpenAi.shot("A storm rolls in over a small harbour.",
                                "Wide, static", 5, "Then the storm came.",
                                new JsonArray().add("Captain"), "Harbour"))
                        .add(FakeOpenAi.shot("The great lamp blazes; a boat turns home.",
                                "Push in", 10, "And the boat found its way.",
                                new JsonArray().add("mara").add("Captain"), "lighthouse")))
                .put("music", new JsonObject().put("mood", "hopeful").put("genre", "folk")
                        .put("tempoBpm", 96).put("key", "D major")
                        .put("instruments", new JsonArray().add("fiddle").add("guitar")));
    }
}
