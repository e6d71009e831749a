package live.mymovie.adapters.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Maps instants to TIMESTAMP WITH TIME ZONE through OffsetDateTime, which both databases
 * read and write without the JVM's time zone getting involved. Times are cut to the
 * microsecond here, because the databases would otherwise round the nanoseconds each their
 * own way.
 */
final class InstantTypeHandler extends BaseTypeHandler<Instant> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant value, JdbcType type)
            throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS),
                ZoneOffset.UTC));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String column) throws SQLException {
        return toInstant(rs.getObject(column, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int column) throws SQLException {
        return toInstant(rs.getObject(column, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int column) throws SQLException {
        return toInstant(cs.getObject(column, OffsetDateTime.class));
    }

    private static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
