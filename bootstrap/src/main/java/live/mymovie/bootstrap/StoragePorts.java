package live.mymovie.bootstrap;

import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CommonPasswords;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.PasswordHasher;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.Transactions;

/** The storage side of the service: every repository, the file store and transactions. */
public record StoragePorts(
        AccountRepository accounts,
        CreationRepository creations,
        MediaAssetRepository assets,
        MediaStore files,
        CreditLedger ledger,
        JobRepository jobs,
        SessionRepository sessions,
        RequestLogRepository requestLogs,
        Transactions transactions,
        PasswordHasher passwordHasher,
        CommonPasswords commonPasswords) {
}
