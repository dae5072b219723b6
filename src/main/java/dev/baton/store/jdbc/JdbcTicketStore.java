package dev.baton.store.jdbc;

import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditPage;
import dev.baton.handoff.AuditQuery;
import dev.baton.handoff.AuditTrail;
import dev.baton.handoff.HandlingStats;
import dev.baton.handoff.Note;
import dev.baton.handoff.QueueCount;
import dev.baton.handoff.QueuedTicket;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketQuery;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link TicketStore} on the JDBC {@link Database}. The queue order is urgent first, then oldest, then by
 * id, so that tickets created in the same millisecond still have a fixed place.
 */
public final class JdbcTicketStore implements TicketStore, AuditTrail {

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

    private static final String COUNTS = "SELECT priority, tier, COUNT(*), MIN(created_at) FROM tickets WHERE status = "
            + QUEUED + " GROUP BY priority, tier";
    private static final String HELD =
            "('" + TicketStatus.ASSIGNED.wire() + "', '" + TicketStatus.WAITING_ON_USER.wire() + "')";
    private static final String LOAD = "SELECT COUNT(*) FROM tickets WHERE assignee = ? AND status IN " + HELD;
    private static final String HANDLED = "SELECT COUNT(*), AVG(resolved_at - assigned_at) FROM tickets "
            + "WHERE resolved_at > ? AND assigned_at IS NOT NULL";
    private static final String ACTIVE = "SELECT COUNT(DISTINCT assignee) FROM tickets WHERE assignee IS NOT NULL "
            + "AND (resolved_at > ? OR status IN " + HELD + ")";
    private static final String NOTES =
            "SELECT ticket_id, agent_id, text, created_at FROM ticket_notes WHERE ticket_id = ? ORDER BY id";
    private static final String AUDIT = "SELECT at, agent_id, action, ticket_id, conversation_id, detail "
            + "FROM audit_log WHERE ticket_id = ? ORDER BY id";

    private final Transactions transactions;
    private final TicketRows rows;
    private final Bookkeeping bookkeeping = new Bookkeeping();

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
                    queue.add(new QueuedTicket(
                            row.getString(1),
                            TicketRows.priority(row.getString(2)),
                            Instant.ofEpochMilli(row.getLong(3))));
                }
                return queue;
            }
        });
    }

    @Override
    public List<QueueCount> queueCounts() {
        return transactions.autoCommit("count the queue", "", connection -> {
            try (PreparedStatement counts = connection.prepareStatement(COUNTS);
                    ResultSet row = counts.executeQuery()) {
                List<QueueCount> queue = new ArrayList<>();
                while (row.next()) {
                    queue.add(new QueueCount(
                            TicketRows.priority(row.getString(1)),
                            row.getInt(2),
                            row.getInt(3),
                            Instant.ofEpochMilli(row.getLong(4))));
                }
                return queue;
            }
        });
    }

    @Override
    public List<Ticket> list(TicketQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(TicketRows.COLUMNS)
                .append(" FROM tickets WHERE status IN (")
                .append(query.statuses().stream().map(x -> "?").collect(Collectors.joining(", ")))
                .append(')');
        if (query.tier() != null) {
            sql.append(" AND tier = ?");
        }
        if (query.priority() != null) {
            sql.append(" AND priority = ?");
        }
        if (query.assignee() != null) {
            sql.append(" AND assignee = ?");
        }
        sql.append(" ORDER BY ")
                .append(query.tierFirst() ? "tier DESC, " : "")
                .append("priority_rank, created_at, id LIMIT ?");
        return transactions.autoCommit("list tickets", "", connection -> {
            try (PreparedStatement list = connection.prepareStatement(sql.toString())) {
                int i = 1;
                for (TicketStatus status : query.statuses().stream().sorted().toList()) {
                    list.setString(i++, status.wire());
                }
                if (query.tier() != null) {
                    list.setInt(i++, query.tier());
                }
                if (query.priority() != null) {
                    list.setString(i++, query.priority().code());
                }
                if (query.assignee() != null) {
                    list.setString(i++, query.assignee());
                }
                list.setInt(i, query.limit());
                try (ResultSet row = list.executeQuery()) {
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
    public int load(String agentId) {
        return transactions.autoCommit("count the tickets of agent", agentId, connection -> {
            try (PreparedStatement load = connection.prepareStatement(LOAD)) {
                load.setString(1, agentId);
                try (ResultSet row = load.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    public HandlingStats handling(Instant since) {
        return transactions.autoCommit("read recent handling times", "", connection -> {
            int resolved;
            long meanMillis;
            try (PreparedStatement handled = connection.prepareStatement(HANDLED)) {
                handled.setLong(1, since.toEpochMilli());
                try (ResultSet row = handled.executeQuery()) {
                    row.next();
                    resolved = row.getInt(1);
                    meanMillis = Math.round(row.getDouble(2));
                }
            }
            try (PreparedStatement active = connection.prepareStatement(ACTIVE)) {
                active.setLong(1, since.toEpochMilli());
                try (ResultSet row = active.executeQuery()) {
                    row.next();
                    return new HandlingStats(resolved, Duration.ofMillis(Math.max(0, meanMillis)), row.getInt(1));
                }
            }
        });
    }

    @Override
    public List<Note> notes(String ticketId) {
        return transactions.autoCommit("read the notes of ticket", ticketId, connection -> {
            try (PreparedStatement notes = connection.prepareStatement(NOTES)) {
                notes.setString(1, ticketId);
                try (ResultSet row = notes.executeQuery()) {
                    List<Note> found = new ArrayList<>();
                    while (row.next()) {
                        found.add(new Note(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                Instant.ofEpochMilli(row.getLong(4))));
                    }
                    return found;
                }
            }
        });
    }

    @Override
    public List<AuditEntry> audit(String ticketId) {
        return transactions.autoCommit("read the audit log of ticket", ticketId, connection -> {
            try (PreparedStatement audit = connection.prepareStatement(AUDIT)) {
                audit.setString(1, ticketId);
                try (ResultSet row = audit.executeQuery()) {
                    List<AuditEntry> found = new ArrayList<>();
                    while (row.next()) {
                        found.add(new AuditEntry(
                                Instant.ofEpochMilli(row.getLong(1)),
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6)));
                    }
                    return found;
                }
            }
        });
    }

    @Override
    public AuditPage search(AuditQuery query) {
        return transactions.autoCommit("read the audit log", "", connection -> AuditRows.search(connection, query));
    }

    @Override
    public void record(AuditEntry entry) {
        transactions.autoCommit("write the audit log of ticket", String.valueOf(entry.ticketId()), connection -> {
            bookkeeping.write(connection, List.of(), List.of(entry));
            return null;
        });
    }
}
