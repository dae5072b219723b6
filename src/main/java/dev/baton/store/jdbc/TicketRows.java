package dev.baton.store.jdbc;

import dev.baton.handoff.Priority;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;

/** The {@code tickets} table: writing a ticket and reading one back. */
final class TicketRows {

    /** The columns {@link #read} expects, in order. */
    static final String COLUMNS = "id, conversation_id, priority, reason, status, tier, details, assignee, rating, "
            + "created_at, updated_at, first_response_due, assigned_at, first_response_at, resolved_at";

    private static final String UPDATE = "UPDATE tickets SET priority = ?, priority_rank = ?, reason = ?, "
            + "status = ?, tier = ?, details = ?, assignee = ?, rating = ?, updated_at = ?, first_response_due = ?, "
            + "assigned_at = ?, first_response_at = ?, resolved_at = ? WHERE id = ?";
    private static final String INSERT = "INSERT INTO tickets (priority, priority_rank, reason, status, tier, "
            + "details, assignee, rating, updated_at, first_response_due, assigned_at, first_response_at, "
            + "resolved_at, id, conversation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            bindChanging(update, ticket);
            update.setString(14, ticket.id());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindChanging(insert, ticket);
            insert.setString(14, ticket.id());
            insert.setString(15, ticket.conversationId());
            insert.setLong(16, ticket.createdAt().toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** Parameters 1-13: every column a ticket's life changes, in the order UPDATE and INSERT share. */
    private void bindChanging(PreparedStatement s, Ticket ticket) throws SQLException {
        s.setString(1, ticket.priority().code());
        s.setInt(2, rank(ticket.priority()));
        s.setString(3, ticket.reason());
        s.setString(4, ticket.status().wire());
        s.setInt(5, ticket.tier());
        s.setString(6, json.details(ticket.details()));
        s.setString(7, ticket.assignee());
        if (ticket.rating() == null) {
            s.setNull(8, Types.INTEGER);
        } else {
            s.setInt(8, ticket.rating());
        }
        s.setLong(9, ticket.updatedAt().toEpochMilli());
        s.setLong(10, ticket.firstResponseDue().toEpochMilli());
        instant(s, 11, ticket.assignedAt());
        instant(s, 12, ticket.firstResponseAt());
        instant(s, 13, ticket.resolvedAt());
    }

    /** The ticket in the current row of a result selecting {@link #COLUMNS}. */
    Ticket read(ResultSet row) throws SQLException {
        int rating = row.getInt(9);
        Integer stars = row.wasNull() ? null : rating;
        return new Ticket(
                row.getString(1),
                row.getString(2),
                priority(row.getString(3)),
                row.getString(4),
                TicketStatus.fromWire(row.getString(5)),
                row.getInt(6),
                json.details(row.getString(7)),
                row.getString(8),
                stars,
                Instant.ofEpochMilli(row.getLong(10)),
                Instant.ofEpochMilli(row.getLong(11)),
                Instant.ofEpochMilli(row.getLong(12)),
                instant(row, 13),
                instant(row, 14),
                instant(row, 15));
    }

    static Priority priority(String code) {
        return Priority.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static void instant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet row, int index) throws SQLException {
        long millis = row.getLong(index);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
