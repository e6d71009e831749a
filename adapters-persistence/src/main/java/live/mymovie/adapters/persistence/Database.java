package live.mymovie.adapters.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import live.mymovie.adapters.persistence.crypto.MasterKey;
import live.mymovie.adapters.persistence.crypto.UndecryptableData;

/**
 * The persistence adapter's entry point: opens the connection pool, brings the schema up to
 * date, and hands out the repositories, which all share one unit of work per thread.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final HikariDataSource dataSource;
    private final MyBatisSessions sessions;
    private final DataKeyRing keys;
    private final Clock clock;

    private Database(HikariDataSource dataSource, EncryptionSettings encryption, Clock clock) {
        this.dataSource = dataSource;
        this.sessions = new MyBatisSessions(sessionManager(dataSource));
        this.keys = new DataKeyRing(new FileSystemKeyFolder(encryption.keyFolder()),
                encryption.masterKey(), sessions);
        this.clock = clock;
    }

    /** Opens the database, migrates its schema and checks the master key on the data keys. */
    public static Database open(PersistenceSettings settings, EncryptionSettings encryption) {
        return open(settings, encryption, Clock.systemUTC());
    }

    /**
     * Opens the database with the clock that stamps ledger entries.
     *
     * @throws StorageFailure when the database cannot be reached or migrated, or the master
     *     key does not open the stored data keys
     */
    public static Database open(PersistenceSettings settings, EncryptionSettings encryption,
            Clock clock) {
        Database database = openUnchecked(settings, encryption, clock);
        try {
            database.keys.checkMasterKey();
            return database;
        } catch (UndecryptableData e) {
            database.close();
            throw new StorageFailure("The master key does not open the data keys in "
                    + encryption.keyFolder() + "; it must be the key the data was written"
                    + " with", e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database openUnchecked(PersistenceSettings settings,
            EncryptionSettings encryption, Clock clock) {
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(poolConfig(settings));
            migrate(settings);
            var database = new Database(dataSource, encryption, clock);
            LOG.log(System.Logger.Level.INFO, "Database ready at {0}", settings.safeUrl());
            return database;
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw e instanceof StorageFailure failure ? failure : new StorageFailure(
                    "Opening the database at " + settings.safeUrl() + " failed", e);
        }
    }

    /**
     * Re-wraps every data key under a new master key and recomputes every email index, without
     * touching the sealed data itself. An interrupted rotation can be run again as it was.
     *
     * @param encryption the key folder, with the old master key
     * @return how many data keys were re-wrapped
     * @throws StorageFailure when a stored key opens with neither key; nothing changes then
     */
    public static int rotateMasterKey(PersistenceSettings settings,
            EncryptionSettings encryption, MasterKey newKey) {
        try (Database database = openUnchecked(settings, encryption, Clock.systemUTC())) {
            int rewrapped = new MasterKeyRotation(database.sessions,
                    new FileSystemKeyFolder(encryption.keyFolder()), encryption.masterKey(),
                    newKey).run();
            LOG.log(System.Logger.Level.INFO, "Master key rotated: {0} data keys re-wrapped",
                    rewrapped);
            return rewrapped;
        }
    }

    public MyBatisAccountRepository accounts() {
        return new MyBatisAccountRepository(sessions, keys);
    }

    public MyBatisCreationRepository creations() {
        return new MyBatisCreationRepository(sessions, keys);
    }

    public MyBatisMediaAssetRepository mediaAssets() {
        return new MyBatisMediaAssetRepository(sessions, keys);
    }

    /** The encrypted store of file bytes under the folder, sealed with the owners' keys. */
    public FileSystemMediaStore mediaStore(Path root) {
        return new FileSystemMediaStore(root, keys);
    }

    public MyBatisCreditLedger ledger() {
        return new MyBatisCreditLedger(sessions, clock);
    }

    public MyBatisJobRepository jobs() {
        return new MyBatisJobRepository(sessions);
    }

    public MyBatisSessionRepository sessions() {
        return new MyBatisSessionRepository(sessions);
    }

    public MyBatisRequestLogRepository requestLogs() {
        return new MyBatisRequestLogRepository(sessions);
    }

    public MyBatisTransactions transactions() {
        return new MyBatisTransactions(sessions);
    }

    /** True when a connection can be had and answers, for the health check. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The database is not reachable", e);
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.log(System.Logger.Level.INFO, "Database closed");
    }

    private static HikariConfig poolConfig(PersistenceSettings settings) {
        var config = new HikariConfig();
        config.setPoolName("mymovie");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setAutoCommit(true);
        if (settings.isEmbedded()) {
            // H2 gives up on a locked row after one second by default; ledger writes queue.
            config.setConnectionInitSql("SET LOCK_TIMEOUT 10000");
        }
        return config;
    }

    /** Migrates over connections of its own, so that even a pool of one suffices. */
    private static void migrate(PersistenceSettings settings) {
        var result = Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Encrypt_personal_data())
                .load()
                .migrate();
        LOG.log(System.Logger.Level.INFO, "Schema migrated: {0} migrations applied",
                result.migrationsExecuted);
    }

    private static SqlSessionManager sessionManager(DataSource dataSource) {
        var configuration = new Configuration(
                new Environment("mymovie", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setCacheEnabled(false);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        configuration.getTypeHandlerRegistry()
                .register(java.time.Instant.class, new InstantTypeHandler());
        for (Class<?> mapper : new Class<?>[] {AccountMapper.class, CreationMapper.class,
                MediaAssetMapper.class, LedgerMapper.class, JobMapper.class, SessionMapper.class,
                RequestLogMapper.class}) {
            configuration.addMapper(mapper);
        }
        return SqlSessionManager.newInstance(new SqlSessionFactoryBuilder().build(configuration));
    }
}
