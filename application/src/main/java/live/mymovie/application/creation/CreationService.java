package live.mymovie.application.creation;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import live.mymovie.application.Checks;
import live.mymovie.application.port.in.ManageCreationsUseCase;
import live.mymovie.application.port.in.OpenMediaUseCase;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.PhotoInspector;
import live.mymovie.application.port.out.PhotoInspector.CleanPhoto;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.AssetId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferencePhoto;

/** A person's creations, their reference photos and their stored files. */
public final class CreationService implements ManageCreationsUseCase, OpenMediaUseCase {

    private final CreationRepository creations;
    private final MediaAssetRepository assets;
    private final MediaStore files;
    private final MediaKeeper keeper;
    private final PhotoInspector photos;
    private final Clock clock;

    public CreationService(CreationRepository creations, MediaAssetRepository assets,
            MediaStore files, MediaKeeper keeper, PhotoInspector photos, Clock clock) {
        this.creations = creations;
        this.assets = assets;
        this.files = files;
        this.keeper = keeper;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public Creation create(AccountId owner, String title, String prompt) {
        Checks checks = new Checks();
        String checkedTitle = checks.check(() -> Creation.checkTitle(title));
        String checkedPrompt = checks.check(() -> Creation.checkPrompt(prompt));
        checks.throwIfAny();

        Creation creation = Creation.start(owner, checkedTitle, checkedPrompt, clock.instant());
        creations.insert(creation);
        return creation;
    }

    @Override
    public List<Creation> list(AccountId owner) {
        return creations.listByOwner(owner);
    }

    @Override
    public Creation show(AccountId owner, CreationId id) {
        return creations.findById(id)
                .filter(c -> c.isOwnedBy(owner))
                .orElseThrow(() -> new Refusal.NotFound("Creation"));
    }

    @Override
    public Creation edit(AccountId owner, CreationId id, String title, String prompt) {
        Creation creation = show(owner, id);
        Checks checks = new Checks();
        String newTitle = title == null ? creation.title()
                : checks.check(() -> Creation.checkTitle(title));
        String newPrompt = prompt == null ? creation.prompt()
                : checks.check(() -> Creation.checkPrompt(prompt));
        checks.throwIfAny();

        creations.updateTexts(id, newTitle, newPrompt);
        return show(owner, id);
    }

    @Override
    public void delete(AccountId owner, CreationId id) {
        show(owner, id);
        List<MediaAsset> owned = assets.listByCreation(id);
        creations.delete(id);
        owned.forEach(keeper::discard);
    }

    @Override
    public ReferencePhoto addReference(AddReferenceCommand command) {
        Creation creation = show(command.owner(), command.creationId());
        if (creation.references().size() >= Creation.MAX_REFERENCES) {
            throw new Refusal.Conflict("A creation holds at most " + Creation.MAX_REFERENCES
                    + " reference photos.");
        }
        Checks checks = new Checks();
        if (command.kind() == null) {
            checks.fail("kind", "kind must be CAST or LOCATION.");
        }
        checks.check(() -> new ReferencePhotoName(command.name()));
        checks.throwIfAny();
        refuseTakenName(creation, command.name());

        CleanPhoto photo = photos.clean(command.upload());
        MediaAsset stored = keeper.keep(command.owner(), creation.id(), photo.bytes(),
                photo.contentType(), Provenance.uploaded(), null);
        ReferencePhoto reference = new ReferencePhoto(ReferenceId.newId(), command.kind(),
                command.name(), stored);
        creations.addReference(creation.id(), reference);
        return reference;
    }

    /** Plans name cast and places by name, so two photos may not share one. */
    private static void refuseTakenName(Creation creation, String name) {
        String wanted = name.strip();
        if (creation.references().stream().anyMatch(r -> r.name().equalsIgnoreCase(wanted))) {
            throw new Refusal.Conflict("This creation already has a photo named " + wanted
                    + "; remove it first or choose another name.");
        }
    }

    @Override
    public void removeReference(AccountId owner, CreationId id, ReferenceId referenceId) {
        ReferencePhoto reference = show(owner, id).references().stream()
                .filter(r -> r.id().equals(referenceId))
                .findFirst()
                .orElseThrow(() -> new Refusal.NotFound("Reference photo"));
        creations.removeReference(id, referenceId);
        keeper.discard(reference.photo());
    }

    @Override
    public MediaAsset describe(AccountId owner, AssetId id) {
        return assets.findById(id)
                .filter(a -> a.ownerId().equals(owner))
                .orElseThrow(() -> new Refusal.NotFound("File"));
    }

    @Override
    public InputStream open(AccountId owner, AssetId id) {
        MediaAsset asset = describe(owner, id);
        return files.open(asset.ownerId(), asset.id());
    }

    /** Checks a reference name by the same rule the reference photo applies. */
    private record ReferencePhotoName(String value) {
        ReferencePhotoName {
            live.mymovie.domain.Text.require(value, "name", 1, ReferencePhoto.MAX_NAME_LENGTH);
        }
    }
}
