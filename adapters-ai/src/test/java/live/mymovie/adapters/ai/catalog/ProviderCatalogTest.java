package live.mymovie.adapters.ai.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import live.mymovie.adapters.ai.elevenlabs.ElevenLabsMusicComposer;
import live.mymovie.adapters.ai.elevenlabs.ElevenLabsVoiceSynthesizer;
import live.mymovie.adapters.ai.fake.RecordingCall;
import live.mymovie.adapters.ai.openai.OpenAiStoryPlanner;
import live.mymovie.adapters.ai.runway.RunwayImageGenerator;
import live.mymovie.adapters.ai.runway.RunwayVideoGenerator;
import live.mymovie.application.port.out.GeneratedFile;
import live.mymovie.application.port.out.ImageGenerator.FrameRequest;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;

class ProviderCatalogTest {

    private static final String CLOUD =
            "planner=openai,image=runway,video=runway,music=elevenlabs,voice=elevenlabs";
    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    private static Map<String, ProviderSettings> keys() {
        return Map.of(
                "openai", new ProviderSettings("openai", "sk-test-1234567890", null, null,
                        Map.of()),
                "runway", new ProviderSettings("runway", "key_" + "a".repeat(128),
                        "http://127.0.0.1:9", null, Map.of("POLL_INTERVAL_MS", "5000")),
                "elevenlabs", new ProviderSettings("elevenlabs", "sk_el_123", null, null,
                        Map.of("VOICE_ID", "voice1")));
    }

    @Test
    void discovers_the_cloud_providers_through_service_registration() {
        assertTrue(ProviderCatalog.discover().names().containsAll(
                Set.of("openai", "runway", "elevenlabs")));
    }

    @Test
    void builds_the_five_ports_from_the_selection() {
        Providers providers = ProviderCatalog.discover().build(ProviderSelection.parse(CLOUD),
                keys(), vertx, Clock.systemUTC());

        assertInstanceOf(OpenAiStoryPlanner.class, providers.storyPlanner());
        assertInstanceOf(RunwayImageGenerator.class, providers.imageGenerator());
        assertInstanceOf(RunwayVideoGenerator.class, providers.videoGenerator());
        assertInstanceOf(ElevenLabsMusicComposer.class, providers.musicComposer());
        assertInstanceOf(ElevenLabsVoiceSynthesizer.class, providers.voiceSynthesizer());
    }

    @Test
    void a_selected_cloud_provider_without_a_key_names_the_missing_variable() {
        Map<String, ProviderSettings> noRunwayKey = new java.util.HashMap<>(keys());
        noRunwayKey.remove("runway");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.discover().build(ProviderSelection.parse(CLOUD),
                        noRunwayKey, vertx, Clock.systemUTC()));

        assertTrue(failure.getMessage().contains("RUNWAY_API_KEY"), failure.getMessage());
    }

    @Test
    void a_provider_that_is_not_registered_is_named_in_the_failure() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.discover().build(ProviderSelection.parse(
                        CLOUD.replace("image=runway", "image=dalle")), keys(), vertx,
                        Clock.systemUTC()));

        assertTrue(failure.getMessage().contains("dalle"));
    }

    @Test
    void a_provider_chosen_for_a_step_it_does_not_serve_is_refused() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ProviderCatalog.discover().build(ProviderSelection.parse(
                        CLOUD.replace("planner=openai", "planner=runway")), keys(), vertx,
                        Clock.systemUTC()));

        assertTrue(failure.getMessage().contains("planner"));
    }

    @Test
    void a_second_image_provider_is_one_class_and_one_configuration_entry() {
        Providers providers = ProviderCatalog.discover().build(ProviderSelection.parse(
                CLOUD.replace("image=runway", "image=pencil")), keys(), vertx,
                Clock.systemUTC());
        ShotScript shot = new ShotScript(ShotNumber.of(1), "A lighthouse", "Wide", 5, "",
                List.of(), null);

        GeneratedFile frame = providers.imageGenerator().drawFrame(
                new FrameRequest("Story", shot, List.of(), 1920, 1080), RecordingCall.fresh());

        assertEquals("pencil", frame.provenance().provider());
        assertEquals("hb2", frame.provenance().model());
    }

    @Test
    void two_providers_with_one_name_are_refused() {
        assertThrows(IllegalStateException.class, () -> ProviderCatalog.of(List.of(
                new PencilImageGenerator(), new PencilImageGenerator())));
    }

    @Test
    void the_selection_defaults_every_unnamed_step_to_local() {
        ProviderSelection selection = ProviderSelection.parse("image=runway");

        assertEquals("runway", selection.providerFor(Step.IMAGE));
        assertEquals("local", selection.providerFor(Step.PLANNER));
        assertEquals("local", ProviderSelection.parse("").providerFor(Step.VOICE));
        assertEquals("local", ProviderSelection.parse(null).providerFor(Step.MUSIC));
    }

    @Test
    void a_bare_name_selects_that_provider_for_every_step() {
        assertEquals("local", ProviderSelection.parse("local").providerFor(Step.VIDEO));
    }

    @Test
    void an_unknown_step_is_refused_with_the_known_steps() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ProviderSelection.parse("images=runway"));

        assertTrue(failure.getMessage().contains("planner, image, video, music and voice"));
    }

    @Test
    void settings_never_show_the_key() {
        ProviderSettings settings = new ProviderSettings("Runway", "key_secret", null, null,
                Map.of());

        assertFalse(settings.toString().contains("key_secret"));
        assertEquals("RUNWAY_API_KEY", settings.apiKeyVariable());
    }

    @Test
    void a_setting_that_is_not_a_number_names_its_variable() {
        ProviderSettings settings = new ProviderSettings("runway", "k", null, null,
                Map.of("POLL_INTERVAL_MS", "soon"));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> settings.extraLong("POLL_INTERVAL_MS", 1));

        assertTrue(failure.getMessage().contains("RUNWAY_POLL_INTERVAL_MS"));
    }

    @Test
    void settings_are_read_from_variables_named_after_the_provider() {
        ProviderSettings settings = ProviderSettings.fromVariables("runway", Map.of(
                "RUNWAY_API_KEY", "key_abc", "RUNWAY_BASE_URL", "http://127.0.0.1:9",
                "RUNWAY_POLL_INTERVAL_MS", "20", "OPENAI_API_KEY", "sk-other"));

        assertEquals("key_abc", settings.apiKey());
        assertEquals("http://127.0.0.1:9", settings.baseUrl());
        assertEquals(Map.of("POLL_INTERVAL_MS", "20"), settings.extras());
    }
}
