package live.mymovie.adapters.ai.http;

import live.mymovie.application.port.out.ProviderFailure;

/** Turns a provider's error answer into the failure kind that decides what happens next. */
@FunctionalInterface
public interface FailureMapper {

    /** Maps a non-2xx answer; a TRANSIENT result may be retried within the call. */
    ProviderFailure map(ProviderResponse response);
}
