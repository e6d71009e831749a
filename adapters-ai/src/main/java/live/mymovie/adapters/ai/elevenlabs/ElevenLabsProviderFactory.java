package live.mymovie.adapters.ai.elevenlabs;

import java.util.Set;

import live.mymovie.adapters.ai.catalog.ProviderContext;
import live.mymovie.adapters.ai.catalog.ProviderFactory;
import live.mymovie.adapters.ai.catalog.Step;
import live.mymovie.application.port.out.MusicComposer;
import live.mymovie.application.port.out.VoiceSynthesizer;

/** Registers ElevenLabs as the {@code elevenlabs} provider of soundtracks and voiceovers. */
public final class ElevenLabsProviderFactory implements ProviderFactory {

    @Override
    public String name() {
        return "elevenlabs";
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.MUSIC, Step.VOICE);
    }

    @Override
    public MusicComposer musicComposer(ProviderContext context) {
        return new ElevenLabsMusicComposer(ElevenLabsSettings.from(context.settings()),
                context.vertx(), context.clock());
    }

    @Override
    public VoiceSynthesizer voiceSynthesizer(ProviderContext context) {
        return new ElevenLabsVoiceSynthesizer(ElevenLabsSettings.from(context.settings()),
                context.vertx(), context.clock());
    }
}
