package live.mymovie.adapters.persistence;

import java.time.Instant;
import java.util.List;

import live.mymovie.adapters.persistence.RequestLogMapper.RequestLogRow;
import live.mymovie.application.port.out.RequestLogRepository;
import live.mymovie.domain.account.AccountId;

/** Keeps the request log in the request_logs table. */
public final class MyBatisRequestLogRepository implements RequestLogRepository {

    private final MyBatisSessions sessions;

    MyBatisRequestLogRepository(MyBatisSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void append(RequestLogEntry entry) {
        var row = new RequestLogRow();
        row.at = entry.at();
        row.ip = entry.ip();
        row.method = entry.method();
        row.path = entry.path();
        row.status = entry.status();
        row.millis = entry.millis();
        row.accountId = entry.accountId() == null ? null : entry.accountId().value();
        sessions.call(RequestLogMapper.class, m -> {
            m.insert(row);
            return null;
        });
    }

    @Override
    public List<RequestLogEntry> between(Instant from, Instant to, int limit) {
        return toEntries(sessions.call(RequestLogMapper.class, m -> m.between(from, to, limit)));
    }

    @Override
    public List<RequestLogEntry> ofAccount(AccountId account) {
        return toEntries(sessions.call(RequestLogMapper.class, m -> m.ofAccount(account.value())));
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return sessions.call(RequestLogMapper.class, m -> m.purgeOlderThan(cutoff));
    }

    @Override
    public void anonymize(AccountId account) {
        sessions.call(RequestLogMapper.class, m -> m.anonymize(account.value()));
    }

    private static List<RequestLogEntry> toEntries(List<RequestLogRow> rows) {
        return rows.stream()
                .map(r -> new RequestLogEntry(r.at, r.ip, r.method, r.path, r.status, r.millis,
                        r.accountId == null ? null : new AccountId(r.accountId)))
                .toList();
    }
}
