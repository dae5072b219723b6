package dev.baton.store.jdbc;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code conversations} table: a conversation inserted, read, and moved to its next version only if it
 * still holds the version before it. The memory's JSON is written as given, so that callers can encode it
 * outside a transaction.
 */
final class ConversationRows {

    private static final String COLUMNS =
            "id, token_hash, locale, channel, state, memory, last_seq, version, created_at, updated_at";
    private static final String INSERT =
            "INSERT INTO conversations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM conversations WHERE id = ?";
    /**
     * {@code started} changes with the first turn only, so the expiry's index on it is left alone by every turn
     * after (V12); the version check is on the primary key's row.
     */
    private static final String ADVANCE = "UPDATE conversations SET locale = ?, state = ?, memory = ?, "
            + "last_seq = ?, version = ?, updated_at = ?, started = TRUE WHERE id = ? AND version = ?";

    /** A conversation's next version with its memory already encoded. */
    record Next(Conversation conversation, String memory) {}

    private final JsonColumns json;

    ConversationRows(JsonColumns json) {
        this.json = json;
    }

    Next next(Conversation conversation) {
        return new Next(conversation, json.memory(conversation.memory()));
    }

    int insert(Connection connection, Conversation conversation) throws SQLException {
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
    }

    Optional<Conversation> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(conversation(row)) : Optional.empty();
            }
        }
    }

    /** Moves the conversation to {@code next}'s version; 0 when it no longer holds the version before. */
    int advance(Connection connection, Next next) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            bind(update, next);
            return update.executeUpdate();
        }
    }

    /**
     * {@link #advance} for several conversations in one batch (one round trip on PostgreSQL); the counts in the
     * order given. A count other than 0 or 1 (a driver that cannot tell) is the caller's to refuse.
     */
    int[] advanceAll(Connection connection, List<Next> nexts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            for (Next next : nexts) {
                bind(update, next);
                update.addBatch();
            }
            return update.executeBatch();
        }
    }

    private static void bind(PreparedStatement update, Next next) throws SQLException {
        Conversation c = next.conversation();
        update.setString(1, c.locale());
        update.setString(2, c.state().wire());
        update.setString(3, next.memory());
        update.setLong(4, c.lastSeq());
        update.setLong(5, c.version());
        update.setLong(6, c.updatedAt().toEpochMilli());
        update.setString(7, c.id());
        update.setLong(8, c.version() - 1);
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
