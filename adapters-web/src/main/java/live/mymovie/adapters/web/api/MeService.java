package live.mymovie.adapters.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.WebSettings.RateLimits;
import live.mymovie.adapters.web.api.Views.AccountJson;
import live.mymovie.adapters.web.api.Views.LedgerEntryJson;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RateLimiter;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.SessionCookies;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;

/** A person's own account: profile, password, ledger, export and deletion. */
public final class MeService implements HttpService {

    private final WebPorts ports;
    private final SessionCookies cookies;
    private final Json json;
    private final RateLimiter limiter;
    private final RateLimits limits;
    private final RouteCatalog catalog;

    public MeService(WebPorts ports, SessionCookies cookies, Json json, RateLimiter limiter,
            RateLimits limits, RouteCatalog catalog) {
        this.ports = ports;
        this.cookies = cookies;
        this.json = json;
        this.limiter = limiter;
        this.limits = limits;
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/api/v1/me", this::show)
                .patch("/api/v1/me", this::edit)
                .delete("/api/v1/me", this::delete)
                .post("/api/v1/me/password", this::changePassword)
                .get("/api/v1/me/ledger", this::ledger)
                .get("/api/v1/me/export", this::export);
    }

    private void show(ServerRequest request, ServerResponse response) {
        json.send(response, Status.OK_200, view(Visitor.of(request).requireAccount().id()));
    }

    private void edit(ServerRequest request, ServerResponse response) {
        AccountId id = Visitor.of(request).requireAccount().id();
        ProfileBody body = json.read(request, ProfileBody.class);

        ports.editProfile().changeDisplayName(id, body.displayName());

        json.send(response, Status.OK_200, view(id));
    }

    private void changePassword(ServerRequest request, ServerResponse response) {
        Visitor visitor = Visitor.of(request);
        AccountId id = visitor.requireAccount().id();
        limiter.take("password:" + id.value(), limits.passwordChangePerAccount());
        PasswordBody body = json.read(request, PasswordBody.class);

        ports.changePassword().changePassword(new ChangePasswordCommand(id,
                body.currentPassword(), body.newPassword(), visitor.sessionId()));

        response.status(Status.NO_CONTENT_204).send();
    }

    private void delete(ServerRequest request, ServerResponse response) {
        AccountId id = Visitor.of(request).requireAccount().id();
        // Deleting checks the password, so it shares the password-change budget.
        limiter.take("password:" + id.value(), limits.passwordChangePerAccount());
        DeleteBody body = json.read(request, DeleteBody.class);

        ports.deleteAccount().deleteOwnAccount(id, body.password());

        cookies.clear(response);
        response.status(Status.NO_CONTENT_204).send();
    }

    private void ledger(ServerRequest request, ServerResponse response) {
        var ledger = ports.showAccount().ledger(Visitor.of(request).requireAccount().id());
        var entries = ledger.entries().stream().map(LedgerEntryJson::of).toList();
        json.send(response, Status.OK_200, new LedgerJson(ledger.balance().amount(), entries));
    }

    private void export(ServerRequest request, ServerResponse response) {
        AccountId id = Visitor.of(request).requireAccount().id();
        response.header(HeaderNames.CONTENT_TYPE, "application/zip");
        response.header(HeaderNames.CONTENT_DISPOSITION,
                "attachment; filename=\"mymovie-export.zip\"");

        try (OutputStream zip = response.outputStream()) {
            ports.exportData().export(id, zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AccountJson view(AccountId id) {
        var view = ports.showAccount().show(id);
        Account account = view.account();
        return AccountJson.of(account, view.balance());
    }

    record LedgerJson(long balance, List<LedgerEntryJson> entries) {
    }

    record ProfileBody(@NotNull(message = "displayName is required.") @Size(max = 200)
            String displayName) {
    }

    record PasswordBody(
            @NotNull(message = "currentPassword is required.") @Size(max = 1024)
            String currentPassword,
            @NotNull(message = "newPassword is required.") @Size(max = 1024)
            String newPassword) {

        @Override
        public String toString() {
            return "PasswordBody[hidden]";
        }
    }

    record DeleteBody(@NotNull(message = "password is required.") @Size(max = 1024)
            String password) {

        @Override
        public String toString() {
            return "DeleteBody[hidden]";
        }
    }
}
