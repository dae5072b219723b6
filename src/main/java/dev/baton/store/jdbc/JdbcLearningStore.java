package dev.baton.store.jdbc;

import dev.baton.handoff.AuditEntry;
import dev.baton.learning.CapturedMessage;
import dev.baton.learning.LearningStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link LearningStore} on the JDBC {@link Database}. The text is read from the message each row points at;
 * what an editor does is written with a line in the audit log, in one transaction.
 */
public final class JdbcLearningStore implements LearningStore {

    private static final String COLUMNS = "l.id, l.conversation_id, l.seq, m.text, l.language, l.decision, l.reason, "
            + "l.intent, l.confidence, l.captured_at, l.state";
    private static final String FROM =
            " FROM learning_messages l JOIN messages m " + "ON m.conversation_id = l.conversation_id AND m.seq = l.seq";
    private static final String OPEN =
            "SELECT " + COLUMNS + FROM + " WHERE l.state = 'open' ORDER BY l.captured_at DESC, l.id DESC LIMIT ?";
    private static final String HANDLE = "UPDATE learning_messages SET state = ?, entry_id = ?, handled_by = ?, "
            + "handled_at = ? WHERE id = ? AND state = 'open'";
    private static final String DELETE_BEFORE = "DELETE FROM learning_messages WHERE captured_at < ?";
    /** The audit detail lists at most this many ids. */
    private static final int AUDITED_IDS = 50;

    private final Transactions transactions;
    private final Bookkeeping bookkeeping = new Bookkeeping();
    private final Database database;

    public JdbcLearningStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
    }

    @Override
    public List<CapturedMessage> open(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return transactions.autoCommit("read the open learning messages", "", connection -> {
            try (PreparedStatement find = connection.prepareStatement(OPEN)) {
                find.setInt(1, limit);
                return rows(find);
            }
        });
    }

    @Override
    public List<CapturedMessage> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        String marks = String.join(", ", Collections.nCopies(sorted.size(), "?"));
        String sql = "SELECT " + COLUMNS + FROM + " WHERE l.id IN (" + marks + ") ORDER BY l.id";
        return transactions.autoCommit("find learning messages", "", connection -> {
            try (PreparedStatement find = connection.prepareStatement(sql)) {
                for (int i = 0; i < sorted.size(); i++) {
                    find.setLong(i + 1, sorted.get(i));
                }
                return rows(find);
            }
        });
    }

    @Override
    public int accept(Collection<Long> ids, String entryId, String agentId, Instant at) {
        return handle(ids, CapturedMessage.State.ACCEPTED, entryId, agentId, at);
    }

    @Override
    public int dismiss(Collection<Long> ids, String agentId, Instant at) {
        return handle(ids, CapturedMessage.State.DISMISSED, null, agentId, at);
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return transactions.autoCommit("delete learning messages before", cutoff.toString(), connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_BEFORE)) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    private int handle(Collection<Long> ids, CapturedMessage.State state, String entryId, String agentId, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        int changed = transactions.inTransaction("mark learning messages", state.code(), connection -> {
            int n = 0;
            try (PreparedStatement update = connection.prepareStatement(HANDLE)) {
                for (long id : sorted) {
                    update.setString(1, state.code());
                    update.setString(2, entryId);
                    update.setString(3, agentId);
                    update.setLong(4, at.toEpochMilli());
                    update.setLong(5, id);
                    // One by one, in id order: two editors handling overlapping messages lock them alike.
                    n += update.executeUpdate();
                }
            }
            if (n > 0) {
                audit(connection, state, entryId, agentId, at, sorted);
            }
            return n;
        });
        database.awaitDurable();
        return changed;
    }

    private void audit(
            Connection connection,
            CapturedMessage.State state,
            String entryId,
            String agentId,
            Instant at,
            List<Long> ids)
            throws SQLException {
        String listed = ids.stream().limit(AUDITED_IDS).map(String::valueOf).collect(Collectors.joining(","));
        String detail = "learning messages " + listed + (ids.size() > AUDITED_IDS ? ",..." : "")
                + (entryId == null ? "" : " as examples of " + entryId);
        String action = state == CapturedMessage.State.ACCEPTED ? "learning.accept" : "learning.dismiss";
        bookkeeping.write(connection, List.of(), List.of(new AuditEntry(at, agentId, action, null, null, detail)));
    }

    private static List<CapturedMessage> rows(PreparedStatement query) throws SQLException {
        List<CapturedMessage> out = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                out.add(new CapturedMessage(
                        row.getLong(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getDouble(9),
                        Instant.ofEpochMilli(row.getLong(10)),
                        CapturedMessage.State.fromCode(row.getString(11))));
            }
        }
        return out;
    }
}
