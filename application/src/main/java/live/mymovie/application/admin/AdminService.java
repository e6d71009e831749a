package live.mymovie.application.admin;

import java.time.Instant;
import java.util.List;

import live.mymovie.application.Checks;
import live.mymovie.application.account.Admins;
import live.mymovie.application.port.in.AdministerAccountsUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.ledger.LedgerEntry;
import live.mymovie.domain.ledger.LedgerLine;

/** What operators do: find accounts, correct them, grant credits, read logs and failures. */
public final class AdminService implements AdministerAccountsUseCase {

    static final int SEARCH_LIMIT = 100;
    static final int LOG_LIMIT = 1000;
    static final long MAX_GRANT = 1_000_000;
    /** The end of a query that names none: later than any row. */
    static final Instant OPEN_END = Instant.parse("9999-12-31T23:59:59Z");

    private final AccountRepository accounts;
    private final CreditLedger ledger;
    private final RequestLogRepository requestLogs;
    private final JobRepository jobs;

    public AdminService(AccountRepository accounts, CreditLedger ledger,
            RequestLogRepository requestLogs, JobRepository jobs) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.requestLogs = requestLogs;
        this.jobs = jobs;
    }

    @Override
    public List<Account> searchAccounts(AccountId admin, String query) {
        Admins.require(accounts, admin);
        String text = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return accounts.search(text, SEARCH_LIMIT);
    }

    @Override
    public Account correctAccount(AccountId admin, AccountId id, String email,
            String displayName) {
        Admins.require(accounts, admin);
        Account account = accounts.findById(id).orElseThrow(() -> new Refusal.NotFound(
                "Account"));

        Checks checks = new Checks();
        Email newEmail = email == null ? account.email() : checks.check(() -> Email.of(email));
        DisplayName newName = displayName == null ? account.displayName()
                : checks.check(() -> DisplayName.of(displayName));
        checks.throwIfAny();

        Account corrected = account.withEmail(newEmail).withDisplayName(newName);
        accounts.update(corrected);
        return corrected;
    }

    @Override
    public LedgerEntry grantCredits(AccountId admin, AccountId id, long amount, String note) {
        Admins.require(accounts, admin);
        accounts.findById(id).orElseThrow(() -> new Refusal.NotFound("Account"));
        if (amount < 1 || amount > MAX_GRANT) {
            throw Refusal.InvalidInput.of("amount", "amount must be 1 to " + MAX_GRANT + ".");
        }
        return ledger.grant(LedgerLine.grant(id, Credits.of(amount), note));
    }

    @Override
    public List<RequestLogEntry> requestLogs(AccountId admin, Instant from, Instant to) {
        Admins.require(accounts, admin);
        if (from != null && to != null && from.isAfter(to)) {
            throw Refusal.InvalidInput.of("from", "from must be before to.");
        }
        return requestLogs.between(from == null ? Instant.EPOCH : from,
                to == null ? OPEN_END : to, LOG_LIMIT);
    }

    @Override
    public List<Job> failedJobs(AccountId admin) {
        Admins.require(accounts, admin);
        return jobs.listFailed(SEARCH_LIMIT);
    }
}
