package live.mymovie.adapters.web.api;

import java.net.URI;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.api.Views.CreationJson;
import live.mymovie.adapters.web.api.Views.CreationSummaryJson;
import live.mymovie.adapters.web.api.Views.Items;
import live.mymovie.adapters.web.api.Views.ReferenceJson;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.ManageCreationsUseCase;
import live.mymovie.application.port.in.ManageCreationsUseCase.AddReferenceCommand;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.CreationId;
import live.mymovie.domain.creation.ReferenceId;
import live.mymovie.domain.creation.ReferencePhoto;

/** A person's creations and their cast and location photos. */
public final class CreationsService implements HttpService {

    private static final int TEXT_LIMIT = 20_000;

    private final ManageCreationsUseCase creations;
    private final Json json;
    private final long uploadLimitBytes;
    private final RouteCatalog catalog;

    public CreationsService(WebPorts ports, Json json, long uploadLimitBytes,
            RouteCatalog catalog) {
        this.creations = ports.creations();
        this.json = json;
        this.uploadLimitBytes = uploadLimitBytes;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .post("/api/v1/creations", this::create)
                .get("/api/v1/creations", this::list)
                .get("/api/v1/creations/{id}", this::show)
                .patch("/api/v1/creations/{id}", this::edit)
                .delete("/api/v1/creations/{id}", this::delete)
                .post("/api/v1/creations/{id}/references", this::addReference)
                .delete("/api/v1/creations/{id}/references/{refId}", this::removeReference);
    }

    private void create(ServerRequest request, ServerResponse response) {
        AccountId owner = owner(request);
        NewCreationBody body = json.read(request, NewCreationBody.class);

        Creation creation = creations.create(owner, body.title(), body.prompt());

        response.headers().location(URI.create("/api/v1/creations/" + creation.id().value()));
        json.send(response, Status.CREATED_201, CreationJson.of(creation));
    }

    private void list(ServerRequest request, ServerResponse response) {
        var items = creations.list(owner(request)).stream()
                .map(CreationSummaryJson::of)
                .toList();
        json.send(response, Status.OK_200, new Items<>(items));
    }

    private void show(ServerRequest request, ServerResponse response) {
        Creation creation = creations.show(owner(request), creationId(request));
        json.send(response, Status.OK_200, CreationJson.of(creation));
    }

    private void edit(ServerRequest request, ServerResponse response) {
        AccountId owner = owner(request);
        CreationId id = creationId(request);
        EditCreationBody body = json.read(request, EditCreationBody.class);

        Creation creation = creations.edit(owner, id, body.title(), body.prompt());

        json.send(response, Status.OK_200, CreationJson.of(creation));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        creations.delete(owner(request), creationId(request));
        response.status(Status.NO_CONTENT_204).send();
    }

    private void addReference(ServerRequest request, ServerResponse response) {
        AccountId owner = owner(request);
        CreationId id = creationId(request);

        ReferencePhoto reference;
        try (PhotoUpload upload = PhotoUpload.read(request, uploadLimitBytes)) {
            reference = creations.addReference(new AddReferenceCommand(owner, id,
                    upload.kind(), upload.name(), upload.photo()));
        }

        json.send(response, Status.CREATED_201, ReferenceJson.of(reference));
    }

    private void removeReference(ServerRequest request, ServerResponse response) {
        var reference = new ReferenceId(request.path().pathParameters().get("refId"));
        creations.removeReference(owner(request), creationId(request), reference);
        response.status(Status.NO_CONTENT_204).send();
    }

    private static AccountId owner(ServerRequest request) {
        return Visitor.of(request).requireAccount().id();
    }

    static CreationId creationId(ServerRequest request) {
        return new CreationId(request.path().pathParameters().get("id"));
    }

    record NewCreationBody(
            @NotNull(message = "title is required.") @Size(max = TEXT_LIMIT) String title,
            @NotNull(message = "prompt is required.") @Size(max = TEXT_LIMIT) String prompt) {
    }

    record EditCreationBody(
            @Size(max = TEXT_LIMIT) String title,
            @Size(max = TEXT_LIMIT) String prompt) {
    }
}
