package dev.baton.store.jdbc;

import dev.baton.channel.ChannelStore;
import dev.baton.channel.Chat;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.LeasedDelivery;
import dev.baton.channel.OutboxCount;
import dev.baton.channel.OutboxEntry;
import dev.baton.channel.PendingInbound;
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
 * {@link ChannelStore} on the JDBC {@link Database}: inbound deliveries and chat links here, the outbox in
 * {@link OutboxQueue}. Duplicates are caught by the {@code (channel, event_id)} unique key; leases are
 * conditional updates, so two workers never hold the same row.
 */
public final class JdbcChannelStore implements ChannelStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ACCEPT = "INSERT INTO inbound (channel, event_id, chat_id, locale, text, command, "
            + "thread_id, topic, status, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)";
    private static final String PENDING = "SELECT i.id, i.channel, i.event_id, i.chat_id, i.locale, i.text, "
            + "i.command, i.received_at, i.thread_id, i.topic FROM inbound i WHERE i.status = 'pending' "
            + "AND (i.lease_until IS NULL OR i.lease_until < ?) AND NOT EXISTS (SELECT 1 FROM inbound e "
            + "WHERE e.channel = i.channel AND e.chat_id = i.chat_id AND e.status = 'pending' AND e.id < i.id) "
            + "ORDER BY i.id LIMIT ?";
    private static final String LEASE_INBOUND = "UPDATE inbound SET lease_until = ? WHERE id = ? "
            + "AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)";
    private static final String FAIL_INBOUND = "UPDATE inbound SET status = 'failed', error = ?, processed_at = ?, "
            + "lease_until = NULL WHERE id = ? AND status = 'pending'";
    private static final String LAST_INBOUND = "SELECT MAX(received_at) FROM inbound WHERE channel = ? AND chat_id = ?";
    private static final String CURRENT = "SELECT conversation_id FROM chat_links WHERE channel = ? AND chat_id = ? "
            + "ORDER BY created_at DESC, conversation_id DESC LIMIT 1";
    private static final String CHAT = "SELECT channel, chat_id FROM chat_links WHERE conversation_id = ?";
    private static final String LINK =
            "INSERT INTO chat_links (conversation_id, channel, chat_id, created_at) " + "VALUES (?, ?, ?, ?)";
    private static final String PRUNE_INBOUND =
            "DELETE FROM inbound WHERE status IN ('done', 'failed') " + "AND processed_at < ?";

    private final ChannelStatements statements;
    private final Transactions transactions;
    private final Database database;
    private final OutboxQueue outbox;

    public JdbcChannelStore(Database database) {
        this.database = database;
        this.statements = new ChannelStatements(database);
        this.transactions = statements.transactions();
        this.outbox = new OutboxQueue(statements, database.json());
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
                insert.setString(7, m.thread());
                insert.setString(8, m.topic());
                insert.setLong(9, now.toEpochMilli());
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
                        candidates.add(new PendingInbound(
                                row.getLong(1),
                                new InboundMessage(
                                        row.getString(2),
                                        row.getString(3),
                                        row.getString(4),
                                        row.getString(5),
                                        row.getString(6),
                                        row.getString(7),
                                        row.getString(9),
                                        row.getString(10)),
                                Instant.ofEpochMilli(row.getLong(8))));
                    }
                }
            }
            List<PendingInbound> leased = new ArrayList<>();
            for (PendingInbound p : candidates) {
                if (ChannelStatements.lease(c, LEASE_INBOUND, p.id(), now, leaseUntil)) {
                    leased.add(p);
                }
            }
            return leased;
        });
    }

    @Override
    public void failInbound(long id, String error, Instant now) {
        statements.update("give up on inbound delivery", id, FAIL_INBOUND, s -> {
            s.setString(1, ChannelStatements.cut(error));
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, id);
        });
    }

    @Override
    public Optional<Instant> lastInbound(String channel, String chatId) {
        return transactions.autoCommit("find the last inbound delivery of chat", channel + "/" + chatId, c -> {
            try (PreparedStatement last = c.prepareStatement(LAST_INBOUND)) {
                last.setString(1, channel);
                last.setString(2, chatId);
                try (ResultSet row = last.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Instant>empty();
                    }
                    long at = row.getLong(1);
                    return row.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
                }
            }
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
    public Optional<Chat> chatOf(String conversationId) {
        return transactions.autoCommit("find the chat of conversation", conversationId, c -> {
            try (PreparedStatement find = c.prepareStatement(CHAT)) {
                find.setString(1, conversationId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(new Chat(row.getString(1), row.getString(2))) : Optional.empty();
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
        return outbox.lease(now, leaseUntil, limit);
    }

    @Override
    public void sent(long outboxId, Instant now) {
        outbox.sent(outboxId, now);
    }

    @Override
    public void retryLater(long outboxId, int attempts, Instant next, String error) {
        outbox.retryLater(outboxId, attempts, next, error);
    }

    @Override
    public void dead(long outboxId, int attempts, String error) {
        outbox.dead(outboxId, attempts, error);
    }

    @Override
    public boolean claimPassive(String conversationId, long seq, Instant now) {
        return outbox.claimPassive(conversationId, seq, now);
    }

    @Override
    public List<OutboxEntry> outbox(String status, int limit) {
        return outbox.list(status, limit);
    }

    @Override
    public List<OutboxCount> outboxCounts() {
        return outbox.counts();
    }

    @Override
    public boolean revive(long outboxId, Instant now) {
        return outbox.revive(outboxId, now);
    }

    @Override
    public int prune(Instant before) {
        int inbound = statements.update(
                "prune inbound deliveries", 0, PRUNE_INBOUND, st -> st.setLong(1, before.toEpochMilli()));
        return inbound + outbox.prune(before);
    }
}
