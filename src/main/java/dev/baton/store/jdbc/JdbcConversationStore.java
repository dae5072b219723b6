package dev.baton.store.jdbc;

import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.handoff.CapacityCheck;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketException.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ConversationStore} on the JDBC {@link Database}. A turn commits in one transaction: the
 * conversation's row moves to the new version only if it still holds the version the turn read, then the
 * messages ({@link MessageRows}), the ticket ({@link TicketRows}) and a message kept for the learning loop
 * ({@link LearningRows}) are written. Instants are kept to the millisecond.
 */
public final class JdbcConversationStore implements ConversationStore {

    private static final String COLUMNS =
            "id, token_hash, locale, channel, state, memory, last_seq, version, created_at, updated_at";
    private static final String INSERT =
            "INSERT INTO conversations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM conversations WHERE id = ?";
    private static final String ADVANCE = "UPDATE conversations SET locale = ?, state = ?, memory = ?, "
            + "last_seq = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?";
    private static final String NEVER_USED = " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)"
            + " AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id)"
            + " AND NOT EXISTS (SELECT 1 FROM chat_links l WHERE l.conversation_id = c.id)";
    /** Candidates in one order on every instance, so that instances expiring at once lock rows alike. */
    private static final String EMPTY = "SELECT c.id FROM conversations c WHERE c.version = 0 AND c.created_at < ?"
            + NEVER_USED + " ORDER BY c.created_at, c.id LIMIT ?";
    /**
     * Checks the candidate again as it deletes it. {@code version = 0} is on the deleted row itself, so both
     * databases check it on the row's newest version when a turn held its lock: a conversation whose first
     * turn commits meanwhile is kept.
     */
    private static final String DELETE_EMPTY =
            "DELETE FROM conversations c WHERE c.id = ? AND c.version = 0" + NEVER_USED;

    static final int EXPIRY_BATCH = 1_000;

    private static final String LOCK_AGENT = "SELECT id FROM agents WHERE id = ? FOR UPDATE";
    private static final String HELD_BY = "SELECT COUNT(*) FROM tickets WHERE assignee = ? AND id <> ? "
            + "AND status IN ('assigned', 'waiting_on_user')";

    private final Transactions transactions;
    private final Bookkeeping bookkeeping = new Bookkeeping();
    private final OutboxRows outbox = new OutboxRows();
    private final LearningRows learning = new LearningRows();
    private final JsonColumns json;
    private final MessageRows messages;
    private final TicketRows tickets;
    private final Database database;

    public JdbcConversationStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
        this.json = database.json();
        this.messages = new MessageRows(json);
        this.tickets = new TicketRows(json);
    }

    @Override
    public void create(Conversation conversation) {
        transactions.autoCommit("create conversation", conversation.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, conversation.id());
                insert.setString(2, conversation.tokenHash());
                insert.setString(3, conversation.locale());
                insert.setString(4, conversation.channel());
                insert.setString(5, conversation.state().wire());
                insert.setString(6, json.memory(conversation.memory()));
                insert.setLong(7, conversation.lastSeq());
                insert.setLong(8, conversation.version());
                insert.setLong(9, conversation.createdAt().toEpochMilli());
                insert.setLong(10, conversation.updatedAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        // Not awaitDurable(): a checkpoint per empty conversation grew the embedded file by ~14 KB each, and
        // one lost in a crash held nothing (its first turn's checkpoint writes it with the turn).
    }

    @Override
    public Optional<Conversation> find(String id) {
        return transactions.autoCommit("find conversation", id, connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, id);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(conversation(row)) : Optional.empty();
                }
            }
        });
    }

    /**
     * {@inheritDoc} A conversation that was never created is reported the same way: there is no stored
     * version for the turn to follow.
     */
    @Override
    public void commit(Turn turn) {
        Conversation next = turn.conversation();
        transactions.inTransaction("commit a turn of conversation", next.id(), connection -> {
            if (advance(connection, next) == 0) {
                throw new ConcurrentTurnException(next.id());
            }
            messages.append(connection, turn.messages());
            MessageRows.rewrite(connection, next.id(), turn.rewrites());
            if (turn.capacity().isPresent() && turn.ticket().isPresent()) {
                checkCapacity(
                        connection, turn.capacity().get(), turn.ticket().get().id());
            }
            if (turn.ticket().isPresent()) {
                tickets.upsert(connection, turn.ticket().get());
            }
            bookkeeping.write(connection, turn.notes(), turn.audit());
            outbox.write(connection, turn);
            learning.write(connection, turn);
            return null;
        });
        database.awaitDurable();
    }

    @Override
    public List<Message> messages(String conversationId, long afterSeq, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return transactions.autoCommit(
                "read messages of conversation",
                conversationId,
                connection -> messages.page(connection, conversationId, afterSeq, limit));
    }

    @Override
    public int deleteEmptyBefore(Instant cutoff) {
        int deleted = 0;
        List<String> candidates;
        do {
            candidates = emptyBefore(cutoff);
            if (candidates.isEmpty()) {
                break;
            }
            List<String> batch = candidates;
            deleted += transactions.inTransaction("delete empty conversations created before", cutoff.toString(), c -> {
                try (PreparedStatement delete = c.prepareStatement(DELETE_EMPTY)) {
                    for (String id : batch) {
                        delete.setString(1, id);
                        delete.addBatch();
                    }
                    int n = 0;
                    for (int count : delete.executeBatch()) {
                        n += Math.max(count, 0);
                    }
                    return n;
                }
            });
        } while (candidates.size() == EXPIRY_BATCH);
        return deleted;
    }

    private List<String> emptyBefore(Instant cutoff) {
        return transactions.autoCommit("find empty conversations created before", cutoff.toString(), c -> {
            try (PreparedStatement find = c.prepareStatement(EMPTY)) {
                find.setLong(1, cutoff.toEpochMilli());
                find.setInt(2, EXPIRY_BATCH);
                List<String> ids = new ArrayList<>();
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /**
     * Refuses the assignment if the agent already holds its capacity. The agent's row is locked first, so
     * that two claims by one agent at once are counted one after the other.
     */
    private static void checkCapacity(Connection connection, CapacityCheck check, String ticketId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_AGENT)) {
            lock.setString(1, check.agentId());
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new TicketException(Problem.FORBIDDEN, "no agent " + check.agentId());
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement(HELD_BY)) {
            count.setString(1, check.agentId());
            count.setString(2, ticketId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                if (row.getInt(1) >= check.capacity()) {
                    throw new TicketException(
                            Problem.AT_CAPACITY,
                            "you already hold " + row.getInt(1)
                                    + " open conversations, your capacity; resolve or escalate one first");
                }
            }
        }
    }

    private int advance(Connection connection, Conversation next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setString(1, next.locale());
            update.setString(2, next.state().wire());
            update.setString(3, json.memory(next.memory()));
            update.setLong(4, next.lastSeq());
            update.setLong(5, next.version());
            update.setLong(6, next.updatedAt().toEpochMilli());
            update.setString(7, next.id());
            update.setLong(8, next.version() - 1);
            return update.executeUpdate();
        }
    }

    private Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                ConversationState.fromWire(row.getString(5)),
                json.memory(row.getString(6)),
                row.getLong(7),
                row.getLong(8),
                Instant.ofEpochMilli(row.getLong(9)),
                Instant.ofEpochMilli(row.getLong(10)));
    }
}
