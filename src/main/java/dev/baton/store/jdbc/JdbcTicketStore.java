package dev.baton.store.jdbc;

import dev.baton.handoff.QueuedTicket;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link TicketStore} on the JDBC {@link Database}. The queue order is urgent first, then oldest, then by
 * id, so that tickets created in the same millisecond still have a fixed place.
 */
public final class JdbcTicketStore implements TicketStore {

    private static final String QUEUED = "'" + TicketStatus.QUEUED.wire() + "'";
    private static final String FIND = "SELECT " + TicketRows.COLUMNS + " FROM tickets WHERE id = ?";
    private static final String QUEUE = "SELECT " + TicketRows.COLUMNS + " FROM tickets WHERE status = " + QUEUED
            + " ORDER BY priority_rank, created_at, id LIMIT ?";
    private static final String POSITION = "SELECT t.status, (SELECT COUNT(*) FROM tickets o WHERE o.status = "
            + QUEUED + " AND (o.priority_rank < t.priority_rank OR (o.priority_rank = t.priority_rank"
            + " AND (o.created_at < t.created_at OR (o.created_at = t.created_at AND o.id < t.id)))))"
            + " FROM tickets t WHERE t.id = ?";
    private static final String ORDER = "SELECT id, priority, created_at FROM tickets WHERE status = " + QUEUED
            + " ORDER BY priority_rank, created_at, id";

    private final Transactions transactions;
    private final TicketRows rows;

    public JdbcTicketStore(Database database) {
        this.transactions = new Transactions(database.dataSource());
        this.rows = new TicketRows(database.json());
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        return transactions.autoCommit("find ticket", ticketId, connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, ticketId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(rows.read(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Ticket> queued(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return transactions.autoCommit("read the queue", "", connection -> {
            try (PreparedStatement queue = connection.prepareStatement(QUEUE)) {
                queue.setInt(1, limit);
                try (ResultSet row = queue.executeQuery()) {
                    List<Ticket> tickets = new ArrayList<>();
                    while (row.next()) {
                        tickets.add(rows.read(row));
                    }
                    return tickets;
                }
            }
        });
    }

    @Override
    public int queuePosition(String ticketId) {
        return transactions.autoCommit("find the queue position of ticket", ticketId, connection -> {
            try (PreparedStatement position = connection.prepareStatement(POSITION)) {
                position.setString(1, ticketId);
                try (ResultSet row = position.executeQuery()) {
                    if (!row.next() || !TicketStatus.QUEUED.wire().equals(row.getString(1))) {
                        return 0;
                    }
                    return Math.toIntExact(row.getLong(2) + 1);
                }
            }
        });
    }

    @Override
    public List<QueuedTicket> queueOrder() {
        return transactions.autoCommit("read the queue order", "", connection -> {
            try (PreparedStatement order = connection.prepareStatement(ORDER);
                 ResultSet row = order.executeQuery()) {
                List<QueuedTicket> queue = new ArrayList<>();
                while (row.next()) {
                    queue.add(new QueuedTicket(row.getString(1), TicketRows.priority(row.getString(2)),
                            Instant.ofEpochMilli(row.getLong(3))));
                }
                return queue;
            }
        });
    }
}
