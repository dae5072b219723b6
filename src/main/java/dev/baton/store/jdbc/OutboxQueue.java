package dev.baton.store.jdbc;

import static dev.baton.store.jdbc.ChannelStatements.cut;

import dev.baton.channel.Delivery;
import dev.baton.channel.LeasedDelivery;
import dev.baton.channel.OutboxCount;
import dev.baton.channel.OutboxEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code outbox} table as the delivery workers and the agents' retry page use it: due messages leased in
 * each conversation's order, then marked sent, rescheduled or dead-lettered; a dead letter revived. What a
 * turn queues in it is written by {@link OutboxRows}, inside the turn's transaction.
 */
final class OutboxQueue {

    private static final String DUE = "SELECT o.id, o.conversation_id, o.seq, o.channel, o.attempts, l.chat_id, "
            + "m.sender, m.text, m.quick_replies FROM outbox o "
            + "JOIN messages m ON m.conversation_id = o.conversation_id AND m.seq = o.seq "
            + "JOIN chat_links l ON l.conversation_id = o.conversation_id "
            + "WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until < ?) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id "
            + "AND p.status = 'pending' AND p.id < o.id) ORDER BY o.id LIMIT ?";
    private static final String LEASE = "UPDATE outbox SET lease_until = ? WHERE id = ? "
            + "AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)";
    private static final String SENT = "UPDATE outbox SET status = 'sent', sent_at = ?, lease_until = NULL, "
            + "attempts = attempts + 1 WHERE id = ?";
    private static final String LATER = "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'pending'";
    private static final String DEAD = "UPDATE outbox SET status = 'dead', attempts = ?, last_error = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'pending'";
    private static final String PASSIVE = "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = 1 "
            + "WHERE conversation_id = ? AND seq = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = ? AND p.status = 'pending' "
            + "AND p.seq < ?)";
    private static final String COUNTS = "SELECT channel, status, COUNT(*) FROM outbox "
            + "WHERE status IN ('pending', 'dead') GROUP BY channel, status";
    private static final String LIST = "SELECT o.id, o.conversation_id, o.seq, o.channel, l.chat_id, o.status, "
            + "o.attempts, o.last_error, m.text, o.created_at, o.sent_at FROM outbox o "
            + "JOIN messages m ON m.conversation_id = o.conversation_id AND m.seq = o.seq "
            + "LEFT JOIN chat_links l ON l.conversation_id = o.conversation_id "
            + "WHERE o.status = ? ORDER BY o.id DESC LIMIT ?";
    private static final String REVIVE = "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'dead'";
    private static final String PRUNE = "DELETE FROM outbox WHERE status = 'sent' AND sent_at < ?";

    private final ChannelStatements statements;
    private final JsonColumns json;

    OutboxQueue(ChannelStatements statements, JsonColumns json) {
        this.statements = statements;
        this.json = json;
    }

    List<LeasedDelivery> lease(Instant now, Instant leaseUntil, int limit) {
        return statements.transactions().autoCommit("lease outbox messages", "", c -> {
            List<LeasedDelivery> candidates = new ArrayList<>();
            try (PreparedStatement due = c.prepareStatement(DUE)) {
                due.setLong(1, now.toEpochMilli());
                due.setLong(2, now.toEpochMilli());
                due.setInt(3, limit);
                try (ResultSet row = due.executeQuery()) {
                    while (row.next()) {
                        candidates.add(new LeasedDelivery(
                                new Delivery(
                                        row.getLong(1),
                                        row.getString(4),
                                        row.getString(6),
                                        row.getString(2),
                                        row.getLong(3),
                                        row.getString(7),
                                        row.getString(8),
                                        json.quickReplies(row.getString(9))),
                                row.getInt(5)));
                    }
                }
            }
            List<LeasedDelivery> leased = new ArrayList<>();
            for (LeasedDelivery d : candidates) {
                if (ChannelStatements.lease(c, LEASE, d.delivery().outboxId(), now, leaseUntil)) {
                    leased.add(d);
                }
            }
            return leased;
        });
    }

    void sent(long outboxId, Instant now) {
        statements.update("mark sent outbox message", outboxId, SENT, s -> {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, outboxId);
        });
    }

    void retryLater(long outboxId, int attempts, Instant next, String error) {
        statements.update("reschedule outbox message", outboxId, LATER, s -> {
            s.setInt(1, attempts);
            s.setLong(2, next.toEpochMilli());
            s.setString(3, cut(error));
            s.setLong(4, outboxId);
        });
    }

    void dead(long outboxId, int attempts, String error) {
        statements.update("dead-letter outbox message", outboxId, DEAD, s -> {
            s.setInt(1, attempts);
            s.setString(2, cut(error));
            s.setLong(3, outboxId);
        });
    }

    boolean claimPassive(String conversationId, long seq, Instant now) {
        return statements.update("claim a passive reply in conversation", seq, PASSIVE, s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setString(2, conversationId);
                    s.setLong(3, seq);
                    s.setLong(4, now.toEpochMilli());
                    s.setString(5, conversationId);
                    s.setLong(6, seq);
                })
                > 0;
    }

    List<OutboxEntry> list(String status, int limit) {
        return statements.transactions().autoCommit("list the outbox", status, c -> {
            try (PreparedStatement list = c.prepareStatement(LIST)) {
                list.setString(1, status);
                list.setInt(2, limit);
                try (ResultSet row = list.executeQuery()) {
                    List<OutboxEntry> entries = new ArrayList<>();
                    while (row.next()) {
                        long sent = row.getLong(11);
                        Instant sentAt = row.wasNull() ? null : Instant.ofEpochMilli(sent);
                        entries.add(new OutboxEntry(
                                row.getLong(1),
                                row.getString(2),
                                row.getLong(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getInt(7),
                                row.getString(8),
                                row.getString(9),
                                Instant.ofEpochMilli(row.getLong(10)),
                                sentAt));
                    }
                    return entries;
                }
            }
        });
    }

    List<OutboxCount> counts() {
        return statements.transactions().autoCommit("count the outbox", "", c -> {
            try (PreparedStatement counts = c.prepareStatement(COUNTS);
                    ResultSet row = counts.executeQuery()) {
                List<OutboxCount> out = new ArrayList<>();
                while (row.next()) {
                    out.add(new OutboxCount(row.getString(1), row.getString(2), row.getInt(3)));
                }
                return out;
            }
        });
    }

    boolean revive(long outboxId, Instant now) {
        return statements.update("retry dead letter", outboxId, REVIVE, s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setLong(2, outboxId);
                })
                > 0;
    }

    /** Deletes sent rows older than {@code before}; returns how many. */
    int prune(Instant before) {
        return statements.update("prune the outbox", 0, PRUNE, st -> st.setLong(1, before.toEpochMilli()));
    }
}
