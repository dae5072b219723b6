package dev.baton.store.jdbc;

import dev.baton.conversation.AlreadyProcessedException;
import dev.baton.conversation.Conversation;
import dev.baton.conversation.Message;
import dev.baton.conversation.Origin;
import dev.baton.conversation.Sender;
import dev.baton.conversation.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a turn writes for the messaging channels, inside its transaction: its inbound delivery marked done
 * (only if still pending: a delivery makes one turn) and its outbound messages queued in the outbox. A
 * widget conversation whose ticket has an email address is linked to that address (email follow-up): the
 * agents' replies, and Baton's answers to what came in by email, are queued for it as well.
 */
final class OutboxRows {

    private static final String DONE = "UPDATE inbound SET status = 'done', processed_at = ?, lease_until = NULL "
            + "WHERE id = ? AND status = 'pending'";
    private static final String QUEUE = "INSERT INTO outbox (conversation_id, seq, channel, status, attempts, "
            + "next_attempt_at, created_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)";
    private static final String FOLLOW_UP = "INSERT INTO chat_links (conversation_id, channel, chat_id, created_at) "
            + "SELECT ?, '" + Conversation.EMAIL
            + "', ?, ? WHERE NOT EXISTS (SELECT 1 FROM chat_links WHERE conversation_id = ?)";
    private static final String READDRESS =
            "UPDATE chat_links SET chat_id = ? WHERE conversation_id = ? AND channel = '" + Conversation.EMAIL
                    + "' AND chat_id <> ?";
    private static final String QUEUE_EMAIL = "INSERT INTO outbox (conversation_id, seq, channel, status, attempts, "
            + "next_attempt_at, created_at) SELECT ?, ?, channel, 'pending', 0, ?, ? FROM chat_links "
            + "WHERE conversation_id = ? AND channel = '" + Conversation.EMAIL + "'";

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
        if (!turn.conversation().messaging()) {
            followUp(connection, turn);
            return;
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

    /** A widget conversation's email follow-up: its link to the ticket's address, and the messages it sends. */
    private static void followUp(Connection connection, Turn turn) throws SQLException {
        String conversationId = turn.conversation().id();
        String email = turn.ticket().map(t -> t.details().email()).orElse(null);
        long now = turn.conversation().updatedAt().toEpochMilli();
        if (email != null) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            try (PreparedStatement link = connection.prepareStatement(FOLLOW_UP);
                    PreparedStatement readdress = connection.prepareStatement(READDRESS)) {
                link.setString(1, conversationId);
                link.setString(2, address);
                link.setLong(3, now);
                link.setString(4, conversationId);
                if (link.executeUpdate() == 0) {
                    readdress.setString(1, address);
                    readdress.setString(2, conversationId);
                    readdress.setString(3, address);
                    readdress.executeUpdate();
                }
            }
        }
        boolean cameByEmail = turn.origin().isPresent();
        List<Message> mailed = turn.messages().stream()
                .filter(m -> m.sender() == Sender.AGENT || cameByEmail && m.sender() != Sender.USER)
                .toList();
        if (mailed.isEmpty()) {
            return;
        }
        try (PreparedStatement queue = connection.prepareStatement(QUEUE_EMAIL)) {
            for (Message m : mailed) {
                queue.setString(1, conversationId);
                queue.setLong(2, m.seq());
                queue.setLong(3, m.createdAt().toEpochMilli());
                queue.setLong(4, m.createdAt().toEpochMilli());
                queue.setString(5, conversationId);
                queue.addBatch();
            }
            queue.executeBatch();
        }
    }
}
