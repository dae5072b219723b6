package dev.baton.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open store: the connection pool, with the schema migrated to the newest version. Build the stores on
 * it ({@code new JdbcConversationStore(database)}); closing it closes the pool, and with the last connection
 * an embedded database.
 */
public final class Database implements AutoCloseable {

    private static final String EMBEDDED_NAME = "baton";
    /** H2 makes the first user of a new file its owner: the embedded store always opens as this one. */
    public static final String EMBEDDED_USER = "baton";

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final JsonColumns json = new JsonColumns();
    private final GroupCommit groupCommit;
    private TurnBatches turnBatches;
    private final Opening opening;

    /**
     * How the store opened, on {@link System#nanoTime()}'s scale: when it began, when the pool had its
     * connections, when the schema was current.
     */
    public record Opening(long started, long connected, long migrated) {}

    Database(HikariDataSource pool, Dialect dialect) {
        this(pool, dialect, new Opening(0, 0, 0));
    }

    private Database(HikariDataSource pool, Dialect dialect, Opening opening) {
        this.pool = pool;
        this.dialect = dialect;
        this.groupCommit = dialect == Dialect.H2 ? new GroupCommit(pool) : null;
        this.opening = opening;
    }

    /** Opens the pool and migrates the schema (Flyway, {@code classpath:db/migration}). */
    public static Database open(StoreSettings settings) {
        long started = System.nanoTime();
        Dialect dialect = Dialect.of(settings.jdbcUrl());
        HikariConfig config = new HikariConfig();
        config.setPoolName("baton-store");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(settings.maxPoolSize());
        config.setAutoCommit(true);
        dialect.configure(config);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + redact(settings.jdbcUrl()), e);
        }
        long connected = System.nanoTime();
        try {
            migrate(pool, currentSchema(settings.jdbcUrl()));
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the schema of " + redact(settings.jdbcUrl()), e);
        }
        return new Database(pool, dialect, new Opening(started, connected, System.nanoTime()));
    }

    /** Shorthand for {@link #open(StoreSettings)}. */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        return open(new StoreSettings(jdbcUrl, user, password, poolSize));
    }

    /**
     * The URL of the embedded store: an H2 file {@code baton.mv.db} in {@code dataDir}, in PostgreSQL mode.
     * H2 writes commits to its file in the background; the store waits for that write ({@link
     * #awaitDurable()}) before a commit counts, so an acknowledged turn survives a killed process. H2 does
     * not fsync on commit, so this holds against a crash of the process, not of the machine; use PostgreSQL
     * where that matters. The file is opened by one process only and H2 listens on no port: a second process
     * fails on the file's lock (an {@code agent} command beside a running server goes through the server's
     * admin path instead).
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The file the embedded store in {@code dataDir} keeps its data in; it exists once the store was opened. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME + ".mv.db");
    }

    static void migrate(DataSource dataSource) {
        migrate(dataSource, null);
    }

    /** Migrates; a PostgreSQL URL's {@code currentSchema} is created first if it does not exist yet. */
    static void migrate(DataSource dataSource, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    /** The schema a PostgreSQL URL names with {@code currentSchema=}, or null. */
    static String currentSchema(String jdbcUrl) {
        Matcher m = CURRENT_SCHEMA.matcher(jdbcUrl);
        return jdbcUrl.startsWith("jdbc:postgresql:") && m.find() ? m.group(1) : null;
    }

    /** The URL without its parameters, which may hold a password. */
    static String redact(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char c : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return jdbcUrl.substring(0, cut);
    }

    DataSource dataSource() {
        return pool;
    }

    String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    Dialect dialect() {
        return dialect;
    }

    /** How long opening took, pool and migration apart (zeros for a store opened otherwise). */
    public Opening opening() {
        return opening;
    }

    JsonColumns json() {
        return json;
    }

    /**
     * Returns once what this thread committed is as durable as the database makes it: at once on
     * PostgreSQL (its commit is), after a shared checkpoint on H2 (see {@link GroupCommit}).
     */
    void awaitDurable() {
        if (groupCommit != null) {
            groupCommit.awaitWritten();
        }
    }

    /**
     * The writers that commit plain turns of many conversations together, on PostgreSQL; null on H2, whose
     * commits are in memory (a group of them is made durable together by {@link GroupCommit}). Started on first
     * use, stopped by {@link #close()}.
     */
    synchronized TurnBatches turnBatches() {
        if (dialect == Dialect.POSTGRESQL && turnBatches == null) {
            turnBatches = new TurnBatches(new Transactions(pool), new ConversationRows(json), new MessageRows(json));
        }
        return turnBatches;
    }

    /** Reports the pool's connections, waits and timeouts to {@code registry} (HikariCP's own metrics). */
    public void recordMetrics(MeterRegistry registry) {
        pool.setMetricRegistry(registry);
    }

    /** Whether the database answers: a connection from the pool passes its validity check within a second. */
    public boolean healthy() {
        try (java.sql.Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Which database this is, without credentials or parameters. */
    public String describe() {
        return redact(pool.getJdbcUrl());
    }

    /**
     * Closes the pool. An embedded file this process holds is closed with {@code SHUTDOWN COMPACT} first,
     * which rewrites it to its live data: H2 keeps superseded chunks for 45 s and its own close compacts for
     * at most 200 ms, which left 115 MB of a 1.8 MB database after 10,000 conversations (docs/performance.md,
     * Embedded store). A process using the file through another's {@code AUTO_SERVER} leaves it alone.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (turnBatches != null) {
                turnBatches.close();
            }
        }
        if (dialect == Dialect.H2) {
            EmbeddedCompaction.compact(pool);
        }
        pool.close();
    }
}
