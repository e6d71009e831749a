package live.mymovie.application.port.in;

import java.io.InputStream;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.MediaAsset;

/** Serves a stored file to its owner only. */
public interface OpenMediaUseCase {

    /** The file's record, or NotFound when it is missing or someone else's. */
    MediaAsset describe(AccountId owner, AssetId asset);

    /** Opens the file's bytes; the caller closes the stream. */
    InputStream open(AccountId owner, AssetId asset);
}
