package dev.baton.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes committed H2 transactions survive a killed process, many at a time. H2 keeps commits in memory and
 * writes them to its file in the background; {@code CHECKPOINT} writes everything committed so far. A
 * caller that has committed waits until a checkpoint that began after its commit has finished: the first
 * waiter runs one, and every commit made before it started rides along. Under load one file write then
 * serves dozens of turns instead of one (H2's {@code WRITE_DELAY=0} writes once per commit).
 */
final class GroupCommit {

    private final DataSource dataSource;
    private long requested;
    private long written;
    private boolean writing;

    GroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns once everything this thread committed before the call is in the database file. */
    void awaitWritten() {
        long mine;
        long target;
        synchronized (this) {
            mine = ++requested;
            while (written < mine && writing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for a commit to be written", null);
                }
            }
            if (written >= mine) {
                return;
            }
            writing = true;
            target = requested; // every commit counted so far happened before this checkpoint starts
        }
        boolean done = false;
        try {
            checkpoint();
            done = true;
        } finally {
            synchronized (this) {
                writing = false;
                if (done) {
                    written = Math.max(written, target);
                }
                notifyAll();
            }
        }
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("cannot write committed turns to the database file", e);
        }
    }
}
