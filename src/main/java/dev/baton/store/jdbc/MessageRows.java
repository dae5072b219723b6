package dev.baton.store.jdbc;

import dev.baton.conversation.Message;
import dev.baton.conversation.Rewrite;
import dev.baton.conversation.Sender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code messages} table: a turn's messages appended, a page of them read back, and earlier ones redacted
 * after the fact, with the platform deliveries they came in.
 */
final class MessageRows {

    private static final String COLUMNS = "conversation_id, seq, sender, text, quick_replies, decision, created_at";
    private static final String APPEND = "INSERT INTO messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String PAGE =
            "SELECT " + COLUMNS + " FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?";
    private static final String REWRITE_MESSAGE = "UPDATE messages SET text = ? WHERE conversation_id = ? AND seq = ?";
    private static final String REWRITE_INBOUND = "UPDATE inbound SET text = ? WHERE text = ? AND EXISTS "
            + "(SELECT 1 FROM chat_links l WHERE l.conversation_id = ? AND l.channel = inbound.channel "
            + "AND l.chat_id = inbound.chat_id)";

    private final JsonColumns json;

    MessageRows(JsonColumns json) {
        this.json = json;
    }

    /** A message with its JSON columns encoded, so that they can be encoded outside a transaction. */
    record Encoded(Message message, String quickReplies, String decision) {}

    List<Encoded> encode(List<Message> messages) {
        List<Encoded> encoded = new ArrayList<>(messages.size());
        for (Message m : messages) {
            encoded.add(new Encoded(m, json.quickReplies(m.quickReplies()), json.decision(m.decision())));
        }
        return encoded;
    }

    void append(Connection connection, List<Message> messages) throws SQLException {
        appendEncoded(connection, encode(messages));
    }

    /** Inserts the messages in one batch (one multi-row INSERT on PostgreSQL). */
    void appendEncoded(Connection connection, List<Encoded> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
            for (Encoded e : messages) {
                Message m = e.message();
                insert.setString(1, m.conversationId());
                insert.setLong(2, m.seq());
                insert.setString(3, m.sender().wire());
                insert.setString(4, m.text());
                insert.setString(5, e.quickReplies());
                insert.setString(6, e.decision());
                insert.setLong(7, m.createdAt().toEpochMilli());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** At most {@code limit} messages of the conversation after {@code afterSeq}, in order. */
    List<Message> page(Connection connection, String conversationId, long afterSeq, int limit) throws SQLException {
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setString(1, conversationId);
            page.setLong(2, afterSeq);
            page.setInt(3, limit);
            try (ResultSet row = page.executeQuery()) {
                List<Message> messages = new ArrayList<>();
                while (row.next()) {
                    messages.add(message(row));
                }
                return messages;
            }
        }
    }

    /**
     * Redacts earlier messages after the fact, and the platform deliveries they came in (found by their old
     * text among the conversation's chat's deliveries).
     */
    static void rewrite(Connection connection, String conversationId, List<Rewrite> rewrites) throws SQLException {
        if (rewrites.isEmpty()) {
            return;
        }
        try (PreparedStatement message = connection.prepareStatement(REWRITE_MESSAGE);
                PreparedStatement inbound = connection.prepareStatement(REWRITE_INBOUND)) {
            for (Rewrite r : rewrites) {
                message.setString(1, r.after());
                message.setString(2, conversationId);
                message.setLong(3, r.seq());
                message.addBatch();
                inbound.setString(1, r.after());
                inbound.setString(2, r.before());
                inbound.setString(3, conversationId);
                inbound.addBatch();
            }
            message.executeBatch();
            inbound.executeBatch();
        }
    }

    private Message message(ResultSet row) throws SQLException {
        return new Message(
                row.getString(1),
                row.getLong(2),
                Sender.fromWire(row.getString(3)),
                row.getString(4),
                json.quickReplies(row.getString(5)),
                json.decision(row.getString(6)),
                Instant.ofEpochMilli(row.getLong(7)));
    }
}
