package dev.baton.store.jdbc;

import dev.baton.dialogue.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** The {@code tickets} table: writing a ticket and reading one back. */
final class TicketRows {

    /** The columns {@link #read} expects, in order. */
    static final String COLUMNS =
            "id, conversation_id, priority, reason, status, tier, details, created_at, updated_at";

    private static final String UPDATE = "UPDATE tickets SET priority = ?, priority_rank = ?, reason = ?, "
            + "status = ?, tier = ?, details = ?, updated_at = ? WHERE id = ?";
    private static final String INSERT = "INSERT INTO tickets (id, conversation_id, priority, priority_rank, "
            + "reason, status, tier, details, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JsonColumns json;

    TicketRows(JsonColumns json) {
        this.json = json;
    }

    /**
     * Where a priority sorts in the queue: lower goes first. A column of its own, so that the queue index
     * serves the order without depending on how the priority names sort.
     */
    static int rank(Priority priority) {
        return switch (priority) {
            case URGENT -> 0;
            case NORMAL -> 1;
        };
    }

    /**
     * Updates the ticket, or inserts it when it is new. Run inside the turn's transaction, which holds the
     * conversation's row, so two writers never race to insert the same ticket.
     */
    void upsert(Connection connection, Ticket ticket) throws SQLException {
        String details = json.details(ticket.details());
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, ticket.priority().code());
            update.setInt(2, rank(ticket.priority()));
            update.setString(3, ticket.reason());
            update.setString(4, ticket.status().wire());
            update.setInt(5, ticket.tier());
            update.setString(6, details);
            update.setLong(7, ticket.updatedAt().toEpochMilli());
            update.setString(8, ticket.id());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, ticket.id());
            insert.setString(2, ticket.conversationId());
            insert.setString(3, ticket.priority().code());
            insert.setInt(4, rank(ticket.priority()));
            insert.setString(5, ticket.reason());
            insert.setString(6, ticket.status().wire());
            insert.setInt(7, ticket.tier());
            insert.setString(8, details);
            insert.setLong(9, ticket.createdAt().toEpochMilli());
            insert.setLong(10, ticket.updatedAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** The ticket in the current row of a result selecting {@link #COLUMNS}. */
    Ticket read(ResultSet row) throws SQLException {
        return new Ticket(row.getString(1), row.getString(2), priority(row.getString(3)), row.getString(4),
                TicketStatus.fromWire(row.getString(5)), row.getInt(6), json.details(row.getString(7)),
                Instant.ofEpochMilli(row.getLong(8)), Instant.ofEpochMilli(row.getLong(9)));
    }

    static Priority priority(String code) {
        return Priority.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
