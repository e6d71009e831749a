package live.mymovie.application.port.in;

import java.io.OutputStream;

import live.mymovie.domain.account.AccountId;

/** Writes everything held about a person as a ZIP archive. */
public interface ExportDataUseCase {

    /**
     * Streams the archive: account.json, ledger.json, request-log.json and per creation its
     * creation.json and every file.
     */
    void export(AccountId account, OutputStream zip);
}
