package dev.baton.store.jdbc;

import dev.baton.conversation.AlreadyProcessedException;
import dev.baton.conversation.Message;
import dev.baton.conversation.Origin;
import dev.baton.conversation.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * What a turn writes for the messaging channels, inside its transaction: its inbound delivery marked done
 * (only if still pending: a delivery makes one turn) and its outbound messages queued in the outbox.
 */
final class OutboxRows {

    private static final String DONE = "UPDATE inbound SET status = 'done', processed_at = ?, lease_until = NULL "
            + "WHERE id = ? AND status = 'pending'";
    private static final String QUEUE = "INSERT INTO outbox (conversation_id, seq, channel, status, attempts, "
            + "next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)";

    void write(Connection connection, Turn turn) throws SQLException {
        if (turn.origin().isPresent()) {
            Origin origin = turn.origin().get();
            try (PreparedStatement done = connection.prepareStatement(DONE)) {
                done.setLong(1, turn.conversation().updatedAt().toEpochMilli());
                done.setLong(2, origin.inboundId());
                if (done.executeUpdate() == 0) {
                    throw new AlreadyProcessedException(origin.inboundId());
                }
            }
        }
        List<Message> outbound = turn.outbound();
        if (outbound.isEmpty()) {
            return;
        }
        Duration hold = turn.origin().map(Origin::hold).orElse(Duration.ZERO);
        try (PreparedStatement queue = connection.prepareStatement(QUEUE)) {
            for (Message m : outbound) {
                queue.setString(1, m.conversationId());
                queue.setLong(2, m.seq());
                queue.setString(3, turn.conversation().channel());
                queue.setLong(4, m.createdAt().plus(hold).toEpochMilli());
                queue.setLong(5, m.createdAt().toEpochMilli());
                queue.addBatch();
            }
            queue.executeBatch();
        }
    }
}
