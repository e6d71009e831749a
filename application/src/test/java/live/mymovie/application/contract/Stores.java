package live.mymovie.application.contract;

import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.JobRepository;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.application.port.out.SessionRepository;
import live.mymovie.application.port.out.Transactions;

/** Every storage port over one store, so contracts can set up rows a subject refers to. */
public record Stores(
        AccountRepository accounts,
        CreationRepository creations,
        MediaAssetRepository assets,
        CreditLedger ledger,
        JobRepository jobs,
        SessionRepository sessions,
        RequestLogRepository requestLogs,
        Transactions transactions) {
}
