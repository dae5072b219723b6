package dev.baton.store.jdbc;

import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.AuditPage;
import dev.baton.handoff.AuditQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the {@code audit_log} table a page at a time, newest first by id: keyset pagination, so a page costs
 * the same however deep it is, and lines written meanwhile never shift one page's lines onto the next. The
 * agent and ticket filters use the table's {@code (agent_id, id)} and {@code (ticket_id, id)} indexes; the
 * others walk the primary key down from the cursor.
 */
final class AuditRows {

    private static final String COLUMNS = "id, at, agent_id, action, ticket_id, conversation_id, detail";

    private AuditRows() {}

    static AuditPage search(Connection connection, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(sql, args, "agent_id = ?", query.agentId());
        where(sql, args, "ticket_id = ?", query.ticketId());
        where(sql, args, "action = ?", query.action());
        where(sql, args, "at >= ?", query.from() == null ? null : query.from().toEpochMilli());
        where(sql, args, "at < ?", query.to() == null ? null : query.to().toEpochMilli());
        where(sql, args, "id < ?", query.before());
        sql.append(" ORDER BY id DESC LIMIT ?");
        // One more than asked: whether it comes tells whether there is a next page.
        args.add(query.limit() + 1);
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<AuditPage.Line> lines = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.add(new AuditPage.Line(
                            row.getLong(1),
                            new AuditEntry(
                                    Instant.ofEpochMilli(row.getLong(2)),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getString(5),
                                    row.getString(6),
                                    row.getString(7))));
                }
            }
            if (lines.size() <= query.limit()) {
                return new AuditPage(lines, null);
            }
            List<AuditPage.Line> page = lines.subList(0, query.limit());
            return new AuditPage(page, page.get(page.size() - 1).id());
        }
    }

    private static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }
}
