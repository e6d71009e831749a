package live.mymovie.application.port.in;

import java.nio.file.Path;
import java.util.List;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ReferencePhoto;

/** A person creates, reads, edits and deletes creations and their reference photos. */
public interface ManageCreationsUseCase {

    Creation create(AccountId owner, String title, String prompt);

    List<Creation> list(AccountId owner);

    /** The creation, or NotFound when it is missing or someone else's. */
    Creation show(AccountId owner, CreationId id);

    /** Changes the title or prompt; a null leaves that field as it is. */
    Creation edit(AccountId owner, CreationId id, String title, String prompt);

    /** Removes the creation and its files. */
    void delete(AccountId owner, CreationId id);

    ReferencePhoto addReference(AddReferenceCommand command);

    void removeReference(AccountId owner, CreationId id, ReferenceId reference);

    /** A photo upload, already streamed to a temporary file by the web adapter. */
    record AddReferenceCommand(
            AccountId owner, CreationId creationId, ReferenceKind kind, String name,
            Path upload) {
    }
}
