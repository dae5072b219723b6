package dev.baton.store.jdbc;

import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.Note;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The {@code ticket_notes} and {@code audit_log} tables: written inside the turn that did the action. */
final class Bookkeeping {

    private static final String NOTE =
            "INSERT INTO ticket_notes (ticket_id, agent_id, text, created_at) " + "VALUES (?, ?, ?, ?)";
    private static final String AUDIT = "INSERT INTO audit_log (at, agent_id, action, ticket_id, conversation_id, "
            + "detail) VALUES (?, ?, ?, ?, ?, ?)";
    private static final int MAX_DETAIL = 1000;

    void write(Connection connection, List<Note> notes, List<AuditEntry> audit) throws SQLException {
        if (!notes.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(NOTE)) {
                for (Note n : notes) {
                    insert.setString(1, n.ticketId());
                    insert.setString(2, n.agentId());
                    insert.setString(3, n.text());
                    insert.setLong(4, n.createdAt().toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!audit.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(AUDIT)) {
                for (AuditEntry a : audit) {
                    insert.setLong(1, a.at().toEpochMilli());
                    insert.setString(2, a.agentId());
                    insert.setString(3, a.action());
                    insert.setString(4, a.ticketId());
                    insert.setString(5, a.conversationId());
                    String detail = a.detail();
                    insert.setString(
                            6,
                            detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
