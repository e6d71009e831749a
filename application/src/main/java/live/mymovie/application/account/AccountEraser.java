package live.mymovie.application.account;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.Transactions;
import live.mymovie.domain.account.AccountId;

/**
 * Removes an account and everything hanging off it: rows in one transaction, then the files,
 * retried until the store reports none left. Request-log rows stay, without the account id.
 */
public final class AccountEraser {

    private static final Logger LOG = System.getLogger(AccountEraser.class.getName());
    private static final int FILE_REMOVAL_ATTEMPTS = 5;

    private final AccountRepository accounts;
    private final CreationRepository creations;
    private final MediaAssetRepository assets;
    private final MediaStore files;
    private final CreditLedger ledger;
    private final JobRepository jobs;
    private final SessionRepository sessions;
    private final RequestLogRepository requestLogs;
    private final Transactions transactions;

    public AccountEraser(AccountRepository accounts, CreationRepository creations,
            MediaAssetRepository assets, MediaStore files, CreditLedger ledger,
            JobRepository jobs, SessionRepository sessions, RequestLogRepository requestLogs,
            Transactions transactions) {
        this.accounts = accounts;
        this.creations = creations;
        this.assets = assets;
        this.files = files;
        this.ledger = ledger;
        this.jobs = jobs;
        this.sessions = sessions;
        this.requestLogs = requestLogs;
        this.transactions = transactions;
    }

    /** Erases the account; answers once rows and files are gone. */
    public void erase(AccountId account) {
        transactions.run(() -> eraseRows(account));
        removeFiles(account);
    }

    private void eraseRows(AccountId account) {
        sessions.deleteAllOf(account, null);
        jobs.deleteAll(account);
        creations.listByOwner(account).forEach(c -> creations.delete(c.id()));
        assets.listByOwner(account).forEach(a -> assets.delete(a.id()));
        ledger.deleteAll(account);
        requestLogs.anonymize(account);
        accounts.delete(account);
    }

    private void removeFiles(AccountId account) {
        for (int attempt = 1; attempt <= FILE_REMOVAL_ATTEMPTS; attempt++) {
            try {
                files.deleteAll(account);
                if (files.count(account) == 0) {
                    return;
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Removing files of a deleted account failed, attempt "
                        + attempt, failure);
            }
            pause(attempt);
        }
        LOG.log(Level.ERROR, "Files of deleted account " + account + " could not be removed");
        throw new IllegalStateException("The account's files could not be removed");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
