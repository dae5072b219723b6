package dev.baton.store.jdbc;

import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.conversation.Unanswered;
import dev.baton.learning.CapturedMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The {@code learning_messages} rows a turn writes: its user message, when Baton could not answer it. */
final class LearningRows {

    private static final String INSERT = "INSERT INTO learning_messages (conversation_id, seq, language, decision, "
            + "reason, intent, confidence, captured_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    void write(Connection connection, Turn turn) throws SQLException {
        writeAll(connection, List.of(turn));
    }

    /** The rows of every turn given that has one, in one batch. */
    void writeAll(Connection connection, List<Turn> turns) throws SQLException {
        PreparedStatement insert = null;
        try {
            for (Turn turn : turns) {
                if (turn.unanswered().isEmpty()) {
                    continue;
                }
                if (insert == null) {
                    insert = connection.prepareStatement(INSERT);
                }
                bind(insert, turn, turn.unanswered().get());
                insert.addBatch();
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
    }

    private static void bind(PreparedStatement insert, Turn turn, Unanswered u) throws SQLException {
        Message message = turn.messages().stream()
                .filter(m -> m.seq() == u.seq())
                .findFirst()
                .orElseThrow();
        insert.setString(1, message.conversationId());
        insert.setLong(2, u.seq());
        insert.setString(3, u.language());
        insert.setString(4, u.decision());
        setNullable(insert, 5, u.reason());
        setNullable(insert, 6, u.intent());
        insert.setDouble(7, u.confidence());
        insert.setLong(8, message.createdAt().toEpochMilli());
        insert.setString(9, CapturedMessage.State.OPEN.code());
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
