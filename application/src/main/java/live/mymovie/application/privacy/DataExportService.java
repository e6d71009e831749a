package live.mymovie.application.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import live.mymovie.application.port.in.ExportDataUseCase;
import live.mymovie.application.port.out.AccountRepository;
import live.mymovie.application.port.out.CreationRepository;
import live.mymovie.application.port.out.CreditLedger;
import live.mymovie.application.port.out.MediaAssetRepository;
import live.mymovie.application.port.out.MediaStore;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.domain.Refusal;
import live.mymovie.domain.account.Account;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.MediaAsset;
import live.mymovie.domain.ledger.Credits;

/** Streams everything held about a person as a ZIP, one entry at a time. */
public final class DataExportService implements ExportDataUseCase {

    private final AccountRepository accounts;
    private final CreationRepository creations;
    private final CreditLedger ledger;
    private final RequestLogRepository requestLogs;
    private final MediaAssetRepository assets;
    private final MediaStore files;

    public DataExportService(AccountRepository accounts, CreationRepository creations,
            CreditLedger ledger, RequestLogRepository requestLogs, MediaAssetRepository assets,
            MediaStore files) {
        this.accounts = accounts;
        this.creations = creations;
        this.ledger = ledger;
        this.requestLogs = requestLogs;
        this.assets = assets;
        this.files = files;
    }

    @Override
    public void export(AccountId id, OutputStream out) {
        Account account = accounts.findById(id).orElseThrow(() -> new Refusal.NotSignedIn(
                "Your account no longer exists."));
        Credits balance = ledger.balance(id);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            writeText(zip, "account.json", ExportDocuments.account(account, balance));
            writeText(zip, "ledger.json", ExportDocuments.ledger(balance, ledger.entries(id)));
            writeText(zip, "request-log.json",
                    ExportDocuments.requestLog(requestLogs.ofAccount(id)));
            for (Creation creation : creations.listByOwner(id)) {
                writeCreation(zip, creation);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Writing the export failed", failure);
        }
    }

    private void writeCreation(ZipOutputStream zip, Creation creation) throws IOException {
        String folder = "creations/" + creation.id().value() + "/";
        writeText(zip, folder + "creation.json", ExportDocuments.creation(creation));
        // Every file the creation ever held, also frames an earlier plan no longer shows.
        for (MediaAsset file : assets.listByCreation(creation.id())) {
            zip.putNextEntry(new ZipEntry(folder + file.downloadName()));
            try (InputStream in = files.open(file.ownerId(), file.id())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
    }

    private static void writeText(ZipOutputStream zip, String name, Object document)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(JsonText.of(document).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
