package dev.baton.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shrinks an H2 file to its live data as it is closed ({@code SHUTDOWN COMPACT}: H2 copies what is live into
 * a new file and swaps it in). Only for a file no one else is using: over {@code AUTO_SERVER}, or beside a
 * second pool in this process (an {@code agent} command run by a test), the shutdown would close the
 * database under them.
 */
final class EmbeddedCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCompaction.class);

    private EmbeddedCompaction() {}

    /**
     * Whether sessions besides the pool's own and this one use the database (another pool in this process, or a
     * visitor).
     */
    private static boolean sharedWithOthers(Statement statement, HikariDataSource pool) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM information_schema.sessions")) {
            row.next();
            return row.getInt(1) > pool.getHikariPoolMXBean().getTotalConnections() + 1;
        }
    }

    /** Compacts and closes the database behind {@code pool} if it is a file held here; the pool is left to close. */
    static void compact(HikariDataSource pool) {
        if (pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
            return;
        }
        long started = System.nanoTime();
        // A connection of its own, not the pool's: handing a pooled one back after the shutdown makes the pool
        // clear its warnings on a closed database, which H2 writes to its trace file as an error.
        try (Connection connection =
                        DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement statement = connection.createStatement()) {
            if (connection.unwrap(JdbcConnection.class).getSession().isRemote() || sharedWithOthers(statement, pool)) {
                return;
            }
            statement.execute("SHUTDOWN COMPACT");
            LOG.debug("compacted the embedded database in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                // On a JVM shutdown H2's own hook may close the file first, compacting it for MAX_COMPACT_TIME.
                LOG.debug("the embedded database was closed at JVM shutdown before it could be compacted");
            } else {
                LOG.warn("cannot compact the embedded database on close: {}", e.toString());
            }
        } catch (RuntimeException e) {
            // Compaction saves space only: the file is whole without it, and H2 closes it with the pool.
            LOG.warn("cannot compact the embedded database on close: {}", e.toString());
        }
    }
}
