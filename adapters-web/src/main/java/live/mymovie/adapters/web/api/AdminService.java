package live.mymovie.adapters.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import live.mymovie.adapters.web.WebPorts;
import live.mymovie.adapters.web.api.Views.AccountJson;
import live.mymovie.adapters.web.api.Views.Items;
import live.mymovie.adapters.web.api.Views.JobJson;
import live.mymovie.adapters.web.api.Views.LedgerEntryJson;
import live.mymovie.adapters.web.support.Json;
import live.mymovie.adapters.web.support.RouteCatalog;
import live.mymovie.adapters.web.support.Visitor;
import live.mymovie.application.port.in.AdministerAccountsUseCase;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.AccountId;

/** What operators with the ADMIN role do: accounts, grants, request logs, failed jobs. */
public final class AdminService implements HttpService {

    private static final Duration DEFAULT_LOG_WINDOW = Duration.ofDays(1);

    private final WebPorts ports;
    private final AdministerAccountsUseCase admin;
    private final Json json;
    private final Clock clock;
    private final RouteCatalog catalog;

    public AdminService(WebPorts ports, Json json, RouteCatalog catalog) {
        this.ports = ports;
        this.admin = ports.administration();
        this.json = json;
        this.clock = ports.clock();
        this.catalog = catalog;
    }

    @Override
    public void routing(HttpRules rules) {
        catalog.on(rules)
                .get("/api/v1/admin/accounts", this::search)
                .patch("/api/v1/admin/accounts/{id}", this::correct)
                .delete("/api/v1/admin/accounts/{id}", this::delete)
                .post("/api/v1/admin/accounts/{id}/grants", this::grant)
                .get("/api/v1/admin/request-logs", this::requestLogs)
                .get("/api/v1/admin/failed-jobs", this::failedJobs);
    }

    private void search(ServerRequest request, ServerResponse response) {
        AccountId operator = operator(request);
        String query = request.query().first("query").orElse("");

        var items = admin.searchAccounts(operator, query).stream().map(AccountJson::of).toList();

        json.send(response, Status.OK_200, new Items<>(items));
    }

    private void correct(ServerRequest request, ServerResponse response) {
        AccountId operator = operator(request);
        AccountId account = accountId(request);
        CorrectionBody body = json.read(request, CorrectionBody.class);

        var corrected = admin.correctAccount(operator, account, body.email(), body.displayName());

        json.send(response, Status.OK_200, AccountJson.of(corrected));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        ports.deleteAccount().deleteAccountAsAdmin(operator(request), accountId(request));
        response.status(Status.NO_CONTENT_204).send();
    }

    private void grant(ServerRequest request, ServerResponse response) {
        AccountId operator = operator(request);
        AccountId account = accountId(request);
        GrantBody body = json.read(request, GrantBody.class);

        var entry = admin.grantCredits(operator, account, body.amount(), body.note());

        json.send(response, Status.CREATED_201, LedgerEntryJson.of(entry));
    }

    private void requestLogs(ServerRequest request, ServerResponse response) {
        AccountId operator = operator(request);
        Instant to = instant(request, "to").orElse(clock.instant());
        Instant from = instant(request, "from").orElse(to.minus(DEFAULT_LOG_WINDOW));

        var items = admin.requestLogs(operator, from, to).stream().map(RequestLogJson::of)
                .toList();

        json.send(response, Status.OK_200, new Items<>(items));
    }

    private void failedJobs(ServerRequest request, ServerResponse response) {
        var items = admin.failedJobs(operator(request)).stream().map(JobJson::of).toList();
        json.send(response, Status.OK_200, new Items<>(items));
    }

    private static AccountId operator(ServerRequest request) {
        return Visitor.of(request).requireAdmin().id();
    }

    private static AccountId accountId(ServerRequest request) {
        return new AccountId(request.path().pathParameters().get("id"));
    }

    private static java.util.Optional<Instant> instant(ServerRequest request, String name) {
        return request.query().first(name).asOptional()
                .filter(v -> !v.isBlank())
                .map(v -> parseInstant(name, v));
    }

    private static Instant parseInstant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.InvalidInput.of(name, name
                    + " must be an ISO-8601 UTC time such as 2026-01-31T00:00:00Z.");
        }
    }

    record CorrectionBody(@Size(max = 254) String email, @Size(max = 200) String displayName) {
    }

    record GrantBody(
            @NotNull(message = "amount is required.") @Positive(message = "amount must be "
                    + "a positive number of credits.") Long amount,
            @NotBlank(message = "note is required.") @Size(max = 200) String note) {
    }

    /** One request-log row as operators see it. */
    record RequestLogJson(String at, String ip, String method, String path, int status,
            long millis, String accountId) {

        static RequestLogJson of(RequestLogEntry entry) {
            return new RequestLogJson(Views.time(entry.at()), entry.ip(), entry.method(),
                    entry.path(), entry.status(), entry.millis(),
                    entry.accountId() == null ? null : entry.accountId().value());
        }
    }
}
