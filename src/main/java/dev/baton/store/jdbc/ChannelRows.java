package dev.baton.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The channel tables as they stand, row by row, for a check from outside the server (the failover test): which
 * inbound deliveries and outbox messages of a channel are pending, leased until when, done or sent when. Not for
 * the request path: it reads whole tables.
 */
public final class ChannelRows {

    /** An inbound delivery: times are epoch milliseconds, {@code leaseUntil} and {@code processedAt} 0 when unset. */
    public record Inbound(long id, String eventId, String chatId, String status, long leaseUntil, long processedAt) {}

    /** An outbox message: times are epoch milliseconds, 0 when unset. */
    public record Outbox(
            long id, String conversationId, long seq, String status, int attempts, long leaseUntil, long sentAt) {}

    private static final String INBOUND = "SELECT id, event_id, chat_id, status, lease_until, processed_at "
            + "FROM inbound WHERE channel = ? ORDER BY id";
    private static final String OUTBOX = "SELECT id, conversation_id, seq, status, attempts, lease_until, sent_at "
            + "FROM outbox WHERE channel = ? ORDER BY id";

    private static final String LEASED =
            "SELECT lease_until FROM %s WHERE status = 'pending' AND channel = ? " + "AND lease_until > ?";
    private static final String CHATS =
            "SELECT chat_id, conversation_id FROM chat_links WHERE channel = ? ORDER BY chat_id, created_at";

    private final Transactions transactions;

    public ChannelRows(Database database) {
        this.transactions = new Transactions(database.dataSource());
    }

    /** Every inbound delivery of {@code channel}, oldest first. */
    public List<Inbound> inbound(String channel) {
        return transactions.autoCommit("read the inbound deliveries of", channel, c -> {
            try (PreparedStatement select = c.prepareStatement(INBOUND)) {
                select.setString(1, channel);
                List<Inbound> rows = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Inbound(
                                r.getLong(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getLong(5),
                                millis(r, 6)));
                    }
                }
                return rows;
            }
        });
    }

    /** Every outbox message for {@code channel}, oldest first. */
    public List<Outbox> outbox(String channel) {
        return transactions.autoCommit("read the outbox of", channel, c -> {
            try (PreparedStatement select = c.prepareStatement(OUTBOX)) {
                select.setString(1, channel);
                List<Outbox> rows = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Outbox(
                                r.getLong(1),
                                r.getString(2),
                                r.getLong(3),
                                r.getString(4),
                                r.getInt(5),
                                r.getLong(6),
                                millis(r, 7)));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * The lease ends of the pending rows of {@code table} ({@code inbound} or {@code outbox}) still leased at
     * {@code nowMillis}: one value for each batch an instance holds.
     */
    public List<Long> leaseEnds(String table, String channel, long nowMillis) {
        if (!table.equals("inbound") && !table.equals("outbox")) {
            throw new IllegalArgumentException("no channel table " + table);
        }
        return transactions.autoCommit("read the leases of", table, c -> {
            try (PreparedStatement select = c.prepareStatement(String.format(LEASED, table))) {
                select.setString(1, channel);
                select.setLong(2, nowMillis);
                List<Long> ends = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ends.add(r.getLong(1));
                    }
                }
                return ends;
            }
        });
    }

    /** Every chat of {@code channel} with the conversations linked to it, oldest first. */
    public Map<String, List<String>> chatConversations(String channel) {
        return transactions.autoCommit("read the chat links of", channel, c -> {
            try (PreparedStatement select = c.prepareStatement(CHATS)) {
                select.setString(1, channel);
                Map<String, List<String>> chats = new HashMap<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        chats.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(r.getString(2));
                    }
                }
                return chats;
            }
        });
    }

    private static long millis(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? 0 : value;
    }
}
