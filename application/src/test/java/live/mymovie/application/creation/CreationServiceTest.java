package live.mymovie.application.creation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import live.mymovie.application.generation.InMemoryApplication;
import live.mymovie.application.generation.InMemoryApplication.CleaningPhotoInspector;
import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ReferencePhoto;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.JobRequest;
import live.mymovie.domain.job.JobStatus;

/** Creations and their reference photos, kept apart per person and with their files. */
class CreationServiceTest {

    @TempDir
    Path uploads;

    private final InMemoryApplication app = new InMemoryApplication();
    private final Account ada = app.signUp("ada@example.com");
    private final Account bob = app.signUp("bob@example.com");

    @Test
    void a_creation_is_created_listed_shown_and_edited() {
        Creation creation = app.creations.create(ada.id(), "The keeper", "A keeper and a storm");

        assertEquals(List.of(creation.id()), app.creations.list(ada.id()).stream()
                .map(Creation::id).toList());
        assertEquals("The keeper", app.creations.show(ada.id(), creation.id()).title());

        Creation edited = app.creations.edit(ada.id(), creation.id(), null, "A new prompt");

        assertEquals("The keeper", edited.title());
        assertEquals("A new prompt", app.creations.show(ada.id(), creation.id()).prompt());
    }

    @Test
    void a_blank_title_and_prompt_are_both_reported() {
        var refusal = assertThrows(Refusal.InvalidInput.class,
                () -> app.creations.create(ada.id(), " ", ""));

        assertEquals(List.of("title", "prompt"), refusal.errors().stream()
                .map(Refusal.FieldError::field).toList());
        assertTrue(app.creations.list(ada.id()).isEmpty());
    }

    @Test
    void another_persons_creation_is_not_found_for_every_use() throws IOException {
        Creation mine = app.creations.create(ada.id(), "Mine", "Only mine");
        Path photo = upload("face");

        assertThrows(Refusal.NotFound.class, () -> app.creations.show(bob.id(), mine.id()));
        assertThrows(Refusal.NotFound.class,
                () -> app.creations.edit(bob.id(), mine.id(), "Stolen", null));
        assertThrows(Refusal.NotFound.class, () -> app.creations.delete(bob.id(), mine.id()));
        assertThrows(Refusal.NotFound.class, () -> app.creations.addReference(
                new AddReferenceCommand(bob.id(), mine.id(), ReferenceKind.CAST, "Bob", photo)));
        assertTrue(app.creations.list(bob.id()).isEmpty());
        assertEquals("Mine", app.creations.show(ada.id(), mine.id()).title());
    }

    @Test
    void adding_a_reference_stores_the_cleaned_photo_as_an_upload() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Cast", "With a cast");

        ReferencePhoto reference = app.creations.addReference(new AddReferenceCommand(
                ada.id(), creation.id(), ReferenceKind.CAST, "Keeper", upload("raw photo")));

        MediaAsset photo = reference.photo();
        assertEquals(Provenance.uploaded(), photo.provenance());
        assertArrayEquals(bytes(CleaningPhotoInspector.CLEANED + "raw photo"),
                read(app.creations.open(ada.id(), photo.id())));
        assertEquals(List.of(reference.id()), app.creations.show(ada.id(), creation.id())
                .references().stream().map(ReferencePhoto::id).toList());
        assertThrows(Refusal.NotFound.class, () -> app.creations.describe(bob.id(),
                photo.id()));
        assertThrows(Refusal.NotFound.class, () -> app.creations.open(bob.id(), photo.id()));
    }

    @Test
    void an_upload_that_is_not_a_photo_is_refused_and_nothing_is_stored() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Cast", "With a cast");

        assertThrows(Refusal.UnsupportedMedia.class, () -> app.creations.addReference(
                new AddReferenceCommand(ada.id(), creation.id(), ReferenceKind.CAST, "Keeper",
                        upload("NOT A PHOTO, a script"))));

        assertEquals(0, app.files.count(ada.id()));
        assertTrue(app.creations.show(ada.id(), creation.id()).references().isEmpty());
    }

    @Test
    void more_references_than_the_maximum_are_refused() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Crowd", "A crowded story");
        for (int i = 0; i < Creation.MAX_REFERENCES; i++) {
            app.creations.addReference(new AddReferenceCommand(ada.id(), creation.id(),
                    ReferenceKind.CAST, "Person " + i, upload("photo " + i)));
        }

        assertThrows(Refusal.Conflict.class, () -> app.creations.addReference(
                new AddReferenceCommand(ada.id(), creation.id(), ReferenceKind.LOCATION,
                        "One too many", upload("extra"))));

        assertEquals(Creation.MAX_REFERENCES, app.files.count(ada.id()));
    }

    @Test
    void a_reference_without_kind_or_name_is_refused_on_both_fields() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Cast", "With a cast");

        var refusal = assertThrows(Refusal.InvalidInput.class, () -> app.creations
                .addReference(new AddReferenceCommand(ada.id(), creation.id(), null, " ",
                        upload("photo"))));

        assertEquals(List.of("kind", "name"), refusal.errors().stream()
                .map(Refusal.FieldError::field).toList());
        assertEquals(0, app.files.count(ada.id()));
    }

    @Test
    void removing_a_reference_removes_its_file_and_record() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Cast", "With a cast");
        ReferencePhoto reference = app.creations.addReference(new AddReferenceCommand(
                ada.id(), creation.id(), ReferenceKind.LOCATION, "Lighthouse", upload("tower")));

        app.creations.removeReference(ada.id(), creation.id(), reference.id());

        assertTrue(app.creations.show(ada.id(), creation.id()).references().isEmpty());
        assertEquals(0, app.files.count(ada.id()));
        assertTrue(app.stores.assets().findById(reference.photo().id()).isEmpty());
        assertThrows(Refusal.NotFound.class, () -> app.creations.removeReference(ada.id(),
                creation.id(), ReferenceId.newId()));
    }

    @Test
    void deleting_a_creation_removes_it_and_every_file_it_held() throws IOException {
        Creation creation = app.creations.create(ada.id(), "Cast", "With a cast");
        Creation kept = app.creations.create(ada.id(), "Kept", "Stays");
        app.creations.addReference(new AddReferenceCommand(ada.id(), creation.id(),
                ReferenceKind.CAST, "Keeper", upload("face")));
        app.creations.addReference(new AddReferenceCommand(ada.id(), kept.id(),
                ReferenceKind.CAST, "Other", upload("other face")));

        app.creations.delete(ada.id(), creation.id());

        assertThrows(Refusal.NotFound.class, () -> app.creations.show(ada.id(),
                creation.id()));
        assertTrue(app.stores.assets().listByCreation(creation.id()).isEmpty());
        assertEquals(1, app.files.count(ada.id()));
        assertEquals(1, app.creations.show(ada.id(), kept.id()).references().size());
    }

    @Test
    void deleting_a_creation_removes_its_generated_files_and_its_queued_job_is_refunded() {
        Creation creation = app.creationWithPlan(ada, 2);
        app.withFrame(app.withFrame(creation, 1), 2);
        Job job = app.generation.request(new JobRequest(ada.id(), creation.id(),
                JobKind.SOUNDTRACK, List.of(), null));

        app.creations.delete(ada.id(), creation.id());
        app.runDueJobs();

        assertEquals(0, app.files.count(ada.id()));
        assertTrue(app.stores.assets().listByOwner(ada.id()).isEmpty());
        assertEquals(JobStatus.FAILED, app.stores.jobs().findById(job.id()).orElseThrow()
                .status());
        assertEquals(InMemoryApplication.SIGNUP_CREDITS, app.balance(ada));
        app.scheduler.shutdownNow();
    }

    private Path upload(String content) throws IOException {
        return Files.write(Files.createTempFile(uploads, "upload", ".bin"), bytes(content));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
