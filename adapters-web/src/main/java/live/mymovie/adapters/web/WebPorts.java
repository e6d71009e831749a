package live.mymovie.adapters.web;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import live.mymovie.application.port.in.AdministerAccountsUseCase;
import live.mymovie.application.port.in.ChangePasswordUseCase;
import live.mymovie.application.port.in.DeleteAccountUseCase;
import live.mymovie.application.port.in.EditProfileUseCase;
import live.mymovie.application.port.in.ExportDataUseCase;
import live.mymovie.application.port.in.LogInUseCase;
import live.mymovie.application.port.in.ManageCreationsUseCase;
import live.mymovie.application.port.in.ManageSessionsUseCase;
import live.mymovie.application.port.in.OpenMediaUseCase;
import live.mymovie.application.port.in.RecordRequestsUseCase;
import live.mymovie.application.port.in.RequestGenerationUseCase;
import live.mymovie.application.port.in.ShowAccountUseCase;
import live.mymovie.application.port.in.SignUpUseCase;

/**
 * Everything the web adapter drives: every use case, whether the database answers, and the
 * clock.
 */
public record WebPorts(
        SignUpUseCase signUp,
        LogInUseCase logIn,
        ManageSessionsUseCase sessions,
        ShowAccountUseCase showAccount,
        EditProfileUseCase editProfile,
        ChangePasswordUseCase changePassword,
        DeleteAccountUseCase deleteAccount,
        ExportDataUseCase exportData,
        ManageCreationsUseCase creations,
        RequestGenerationUseCase generation,
        OpenMediaUseCase media,
        AdministerAccountsUseCase administration,
        RecordRequestsUseCase requestLog,
        BooleanSupplier databaseReachable,
        Clock clock) {

    public WebPorts {
        Objects.requireNonNull(signUp, "signUp");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(showAccount, "showAccount");
        Objects.requireNonNull(editProfile, "editProfile");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(deleteAccount, "deleteAccount");
        Objects.requireNonNull(exportData, "exportData");
        Objects.requireNonNull(creations, "creations");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(requestLog, "requestLog");
        Objects.requireNonNull(databaseReachable, "databaseReachable");
        Objects.requireNonNull(clock, "clock");
    }
}
