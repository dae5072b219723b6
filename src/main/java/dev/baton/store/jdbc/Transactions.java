package dev.baton.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a pooled connection, in one transaction or in auto-commit mode, and turns an
 * SQLException into a StoreException saying what failed ("cannot " + what + subject: the message is only
 * built on failure, so the hot path does no string work).
 */
final class Transactions {

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, String subject, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.on(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            // After a failure the pool restores auto-commit when the connection comes back.
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(what, subject, e);
        }
    }

    /** Runs {@code work} with each statement committed on its own (reads, single writes). */
    <T> T autoCommit(String what, String subject, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw failure(what, subject, e);
        }
    }

    private static StoreException failure(String what, String subject, SQLException cause) {
        return new StoreException("cannot " + what + (subject.isEmpty() ? "" : " " + subject), cause);
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
