package live.mymovie.application.port.out;

import java.util.List;
import java.util.Optional;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;

/** Keeps the record of every stored file: its owner, type, size, hash and provenance. */
public interface MediaAssetRepository {

    void insert(MediaAsset asset);

    Optional<MediaAsset> findById(AssetId id);

    /** Every file record of one owner, including files no creation points at any more. */
    List<MediaAsset> listByOwner(AccountId owner);

    List<MediaAsset> listByCreation(CreationId creation);

    void delete(AssetId id);
}
