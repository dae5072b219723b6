package dev.baton.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The statements the channel tables ({@code inbound}, {@code outbox}) share: a lease taken by a conditional
 * update, so two workers never hold the same row, and a single update that is durable when it returns.
 */
final class ChannelStatements {

    /** Errors are kept to this many chars. */
    private static final int MAX_ERROR = 1000;

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final Transactions transactions;
    private final Database database;

    ChannelStatements(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
    }

    Transactions transactions() {
        return transactions;
    }

    /** Runs one update on its own and waits until it is durable; returns the rows it changed. */
    int update(String what, long id, String sql, Binder binder) {
        int changed = transactions.autoCommit(what, String.valueOf(id), c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                return s.executeUpdate();
            }
        });
        database.awaitDurable();
        return changed;
    }

    /**
     * Leases row {@code id} until {@code until} with {@code sql} (lease until, id, now), which changes it only if
     * no other lease holds it at {@code now}; true when this one took it.
     */
    static boolean lease(Connection c, String sql, long id, Instant now, Instant until) throws SQLException {
        try (PreparedStatement lease = c.prepareStatement(sql)) {
            lease.setLong(1, until.toEpochMilli());
            lease.setLong(2, id);
            lease.setLong(3, now.toEpochMilli());
            return lease.executeUpdate() == 1;
        }
    }

    /** An error as kept: at most {@value #MAX_ERROR} chars. */
    static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
