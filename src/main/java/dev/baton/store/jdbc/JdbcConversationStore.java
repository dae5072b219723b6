package dev.baton.store.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.baton.conversation.ConcurrentTurnException;
import dev.baton.conversation.Conversation;
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
 * ({@link LearningRows}) are written. On PostgreSQL the plain turns of many conversations share one
 * transaction ({@link TurnBatches}). The conversations this process last used are remembered for the next
 * turn on them ({@link #findForTurn}), which spares that turn its read. Instants are kept to the millisecond.
 */
public final class JdbcConversationStore implements ConversationStore {

    private static final String NEVER_USED = " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)"
            + " AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.conversation_id = c.id)"
            + " AND NOT EXISTS (SELECT 1 FROM chat_links l WHERE l.conversation_id = c.id)";
    /** Candidates in one order on every instance, so that instances expiring at once lock rows alike. */
    private static final String EMPTY = "SELECT c.id FROM conversations c WHERE c.started = FALSE AND c.version = 0 "
            + "AND c.created_at < ?"
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

    /** How many conversations {@link #findForTurn} remembers: the most recently used, a few MB of memory. */
    static final int REMEMBERED = 5_000;

    private final Transactions transactions;
    private final ConversationRows rows;
    private final TurnBatches batches;
    /**
     * Conversations as this process last wrote or read them, for turns only ({@link #findForTurn}): a turn on one
     * that another instance moved on since fails its version check and is taken again on {@link #find}.
     */
    private final Cache<String, Conversation> remembered =
            Caffeine.newBuilder().maximumSize(REMEMBERED).build();

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
        this.rows = new ConversationRows(json);
        this.batches = database.turnBatches();
    }

    @Override
    public void create(Conversation conversation) {
        transactions.autoCommit(
                "create conversation", conversation.id(), connection -> rows.insert(connection, conversation));
        remember(conversation);
        // Not awaitDurable(): a checkpoint per empty conversation grew the embedded file by ~14 KB each, and
        // one lost in a crash held nothing (its first turn's checkpoint writes it with the turn).
    }

    @Override
    public Optional<Conversation> find(String id) {
        Optional<Conversation> found =
                transactions.autoCommit("find conversation", id, connection -> rows.find(connection, id));
        found.ifPresentOrElse(this::remember, () -> remembered.invalidate(id));
        return found;
    }

    /** {@inheritDoc} Here: the conversation as this process last committed, created or read it, if remembered. */
    @Override
    public Optional<Conversation> findForTurn(String id) {
        Conversation known = remembered.getIfPresent(id);
        return known != null ? Optional.of(known) : find(id);
    }

    /**
     * {@inheritDoc} A conversation that was never created is reported the same way: there is no stored
     * version for the turn to follow.
     */
    @Override
    public void commit(Turn turn) {
        Conversation next = turn.conversation();
        try {
            if (batches != null && TurnBatches.plain(turn)) {
                switch (batches.commit(turn)) {
                    case COMMITTED -> {
                        remember(next);
                        return;
                    }
                    case MOVED_ON -> throw new ConcurrentTurnException(next.id());
                    case ALONE -> {} // committed alone, below
                }
            }
            commitAlone(turn);
        } catch (RuntimeException e) {
            remembered.invalidate(next.id()); // stale, or of unknown state: the next turn reads it afresh
            throw e;
        }
        remember(next);
    }

    private void commitAlone(Turn turn) {
        Conversation next = turn.conversation();
        transactions.inTransaction("commit a turn of conversation", next.id(), connection -> {
            if (rows.advance(connection, rows.next(next)) == 0) {
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
    public void changedElsewhere(String id) {
        remembered.invalidate(id);
    }

    /** Keeps {@code conversation} unless a later version of it is kept already (commits may finish out of order). */
    private void remember(Conversation conversation) {
        remembered
                .asMap()
                .merge(
                        conversation.id(),
                        conversation,
                        (kept, given) -> given.version() >= kept.version() ? given : kept);
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
            remembered.invalidateAll(batch);
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
}
