package live.mymovie.application.port.in;

import java.time.Instant;
import java.util.List;

import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.job.Job;
import live.mymovie.domain.ledger.LedgerEntry;

/** What an operator with the ADMIN role may do. Every method checks the role. */
public interface AdministerAccountsUseCase {

    List<Account> searchAccounts(AccountId admin, String query);

    /** Corrects a person's email or display name; a null leaves that field as it is. */
    Account correctAccount(AccountId admin, AccountId account, String email, String displayName);

    LedgerEntry grantCredits(AccountId admin, AccountId account, long amount, String note);

    List<RequestLogEntry> requestLogs(AccountId admin, Instant from, Instant to);

    List<Job> failedJobs(AccountId admin);
}
