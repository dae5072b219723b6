package dev.baton.store.jdbc;

import dev.baton.channel.ChannelStore;
import dev.baton.channel.Delivery;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.LeasedDelivery;
import dev.baton.channel.OutboxEntry;
import dev.baton.channel.PendingInbound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link ChannelStore} on the JDBC {@link Database}. Duplicates are caught by the {@code (channel, event_id)}
 * unique key; leases are conditional updates, so two workers never hold the same row.
 */
public final class JdbcChannelStore implements ChannelStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ACCEPT = "INSERT INTO inbound (channel, event_id, chat_id, locale, text, command, "
            + "status, received_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)";
    private static final String PENDING = "SELECT i.id, i.channel, i.event_id, i.chat_id, i.locale, i.text, "
            + "i.command, i.received_at FROM inbound i WHERE i.status = 'pending' "
            + "AND (i.lease_until IS NULL OR i.lease_until < ?) AND NOT EXISTS (SELECT 1 FROM inbound e "
            + "WHERE e.channel = i.channel AND e.chat_id = i.chat_id AND e.status = 'pending' AND e.id < i.id) "
            + "ORDER BY i.id LIMIT ?";
    private static final String LEASE_INBOUND = "UPDATE inbound SET lease_until = ? WHERE id = ? "
            + "AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)";
    private static final String FAIL_INBOUND = "UPDATE inbound SET status = 'failed', error = ?, processed_at = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'pending'";
    private static final String CURRENT = "SELECT conversation_id FROM chat_links WHERE channel = ? AND chat_id = ? "
            + "ORDER BY created_at DESC, conversation_id DESC LIMIT 1";
    private static final String LINK = "INSERT INTO chat_links (conversation_id, channel, chat_id, created_at) "
            + "VALUES (?, ?, ?, ?)";
    private static final String DUE = "SELECT o.id, o.conversation_id, o.seq, o.channel, o.attempts, l.chat_id, "
            + "m.sender, m.text, m.quick_replies FROM outbox o "
            + "JOIN messages m ON m.conversation_id = o.conversation_id AND m.seq = o.seq "
            + "JOIN chat_links l ON l.conversation_id = o.conversation_id "
            + "WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until < ?) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id "
            + "AND p.status = 'pending' AND p.id < o.id) ORDER BY o.id LIMIT ?";
    private static final String LEASE_OUTBOX = "UPDATE outbox SET lease_until = ? WHERE id = ? "
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
    private static final String LIST = "SELECT o.id, o.conversation_id, o.seq, o.channel, l.chat_id, o.status, "
            + "o.attempts, o.last_error, m.text, o.created_at, o.sent_at FROM outbox o "
            + "JOIN messages m ON m.conversation_id = o.conversation_id AND m.seq = o.seq "
            + "LEFT JOIN chat_links l ON l.conversation_id = o.conversation_id "
            + "WHERE o.status = ? ORDER BY o.id DESC LIMIT ?";
    private static final String REVIVE = "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'dead'";
    private static final String PRUNE_INBOUND = "DELETE FROM inbound WHERE status IN ('done', 'failed') "
            + "AND processed_at < ?";
    private static final String PRUNE_OUTBOX = "DELETE FROM outbox WHERE status = 'sent' AND sent_at < ?";
    private static final int MAX_ERROR = 1000;

    private final Transactions transactions;
    private final Database database;
    private final JsonColumns json;

    public JdbcChannelStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
        this.json = database.json();
    }

    @Override
    public OptionalLong accept(InboundMessage m, Instant now) {
        OptionalLong id = transactions.autoCommit("store the inbound delivery", m.channel() + "/" + m.eventId(), c -> {
            try (PreparedStatement insert = c.prepareStatement(ACCEPT, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, m.channel());
                insert.setString(2, m.eventId());
                insert.setString(3, m.chatId());
                insert.setString(4, m.locale());
                insert.setString(5, m.text());
                insert.setString(6, m.command());
                insert.setLong(7, now.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return OptionalLong.of(keys.getLong(1));
                }
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return OptionalLong.empty();
                }
                throw e;
            }
        });
        if (id.isPresent()) {
            database.awaitDurable();
        }
        return id;
    }

    @Override
    public List<PendingInbound> leaseInbound(Instant now, Instant leaseUntil, int limit) {
        return transactions.autoCommit("lease inbound deliveries", "", c -> {
            List<PendingInbound> candidates = new ArrayList<>();
            try (PreparedStatement pending = c.prepareStatement(PENDING)) {
                pending.setLong(1, now.toEpochMilli());
                pending.setInt(2, limit);
                try (ResultSet row = pending.executeQuery()) {
                    while (row.next()) {
                        candidates.add(new PendingInbound(row.getLong(1), new InboundMessage(row.getString(2),
                                row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                                row.getString(7)), Instant.ofEpochMilli(row.getLong(8))));
                    }
                }
            }
            List<PendingInbound> leased = new ArrayList<>();
            for (PendingInbound p : candidates) {
                if (lease(c, LEASE_INBOUND, p.id(), now, leaseUntil)) {
                    leased.add(p);
                }
            }
            return leased;
        });
    }

    @Override
    public void failInbound(long id, String error, Instant now) {
        update("give up on inbound delivery", id, FAIL_INBOUND, s -> {
            s.setString(1, cut(error));
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, id);
        });
    }

    @Override
    public Optional<String> currentConversation(String channel, String chatId) {
        return transactions.autoCommit("find the conversation of chat", channel + "/" + chatId, c -> {
            try (PreparedStatement find = c.prepareStatement(CURRENT)) {
                find.setString(1, channel);
                find.setString(2, chatId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void link(String conversationId, String channel, String chatId, Instant now) {
        transactions.autoCommit("link chat", channel + "/" + chatId, c -> {
            try (PreparedStatement link = c.prepareStatement(LINK)) {
                link.setString(1, conversationId);
                link.setString(2, channel);
                link.setString(3, chatId);
                link.setLong(4, now.toEpochMilli());
                return link.executeUpdate();
            }
        });
        database.awaitDurable();
    }

    @Override
    public List<LeasedDelivery> leaseOutbox(Instant now, Instant leaseUntil, int limit) {
        return transactions.autoCommit("lease outbox messages", "", c -> {
            List<LeasedDelivery> candidates = new ArrayList<>();
            try (PreparedStatement due = c.prepareStatement(DUE)) {
                due.setLong(1, now.toEpochMilli());
                due.setLong(2, now.toEpochMilli());
                due.setInt(3, limit);
                try (ResultSet row = due.executeQuery()) {
                    while (row.next()) {
                        candidates.add(new LeasedDelivery(new Delivery(row.getLong(1), row.getString(4),
                                row.getString(6), row.getString(2), row.getLong(3), row.getString(7),
                                row.getString(8), json.quickReplies(row.getString(9))), row.getInt(5)));
                    }
                }
            }
            List<LeasedDelivery> leased = new ArrayList<>();
            for (LeasedDelivery d : candidates) {
                if (lease(c, LEASE_OUTBOX, d.delivery().outboxId(), now, leaseUntil)) {
                    leased.add(d);
                }
            }
            return leased;
        });
    }

    @Override
    public void sent(long outboxId, Instant now) {
        update("mark sent outbox message", outboxId, SENT, s -> {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, outboxId);
        });
    }

    @Override
    public void retryLater(long outboxId, int attempts, Instant next, String error) {
        update("reschedule outbox message", outboxId, LATER, s -> {
            s.setInt(1, attempts);
            s.setLong(2, next.toEpochMilli());
            s.setString(3, cut(error));
            s.setLong(4, outboxId);
        });
    }

    @Override
    public void dead(long outboxId, int attempts, String error) {
        update("dead-letter outbox message", outboxId, DEAD, s -> {
            s.setInt(1, attempts);
            s.setString(2, cut(error));
            s.setLong(3, outboxId);
        });
    }

    @Override
    public boolean claimPassive(String conversationId, long seq, Instant now) {
        return update("claim a passive reply in conversation", seq, PASSIVE, s -> {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, conversationId);
            s.setLong(3, seq);
            s.setLong(4, now.toEpochMilli());
            s.setString(5, conversationId);
            s.setLong(6, seq);
        }) > 0;
    }

    @Override
    public List<OutboxEntry> outbox(String status, int limit) {
        return transactions.autoCommit("list the outbox", status, c -> {
            try (PreparedStatement list = c.prepareStatement(LIST)) {
                list.setString(1, status);
                list.setInt(2, limit);
                try (ResultSet row = list.executeQuery()) {
                    List<OutboxEntry> entries = new ArrayList<>();
                    while (row.next()) {
                        long sent = row.getLong(11);
                        Instant sentAt = row.wasNull() ? null : Instant.ofEpochMilli(sent);
                        entries.add(new OutboxEntry(row.getLong(1), row.getString(2), row.getLong(3),
                                row.getString(4), row.getString(5), row.getString(6), row.getInt(7), row.getString(8),
                                row.getString(9), Instant.ofEpochMilli(row.getLong(10)), sentAt));
                    }
                    return entries;
                }
            }
        });
    }

    @Override
    public boolean revive(long outboxId, Instant now) {
        return update("retry dead letter", outboxId, REVIVE, s -> {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, outboxId);
        }) > 0;
    }

    @Override
    public int prune(Instant before) {
        int inbound = update("prune inbound deliveries", 0, PRUNE_INBOUND, st -> st.setLong(1, before.toEpochMilli()));
        int outbox = update("prune the outbox", 0, PRUNE_OUTBOX, st -> st.setLong(1, before.toEpochMilli()));
        return inbound + outbox;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String what, long id, String sql, Binder binder) {
        int changed = transactions.autoCommit(what, String.valueOf(id), c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                return s.executeUpdate();
            }
        });
        database.awaitDurable();
        return changed;
    }

    private static boolean lease(Connection c, String sql, long id, Instant now, Instant until) throws SQLException {
        try (PreparedStatement lease = c.prepareStatement(sql)) {
            lease.setLong(1, until.toEpochMilli());
            lease.setLong(2, id);
            lease.setLong(3, now.toEpochMilli());
            return lease.executeUpdate() == 1;
        }
    }

    private static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
