package dev.baton.store.jdbc;

import dev.baton.knowledge.Publish;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The {@code knowledge_publishes} rows: a publish's progress, read by any instance an editor asks. */
final class PublishRows {

    private PublishRows() {}

    static long insert(Connection c, String author, String note, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO knowledge_publishes (state, author, note, started_at) VALUES (?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, Publish.State.TRAINING.wire());
            insert.setString(2, author);
            insert.setString(3, note);
            insert.setLong(4, now.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static int update(Connection c, Publish p) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE knowledge_publishes SET state = ?,"
                + " finished_at = ?, version = ?, gate = ?, error = ? WHERE id = ?")) {
            update.setString(1, p.state().wire());
            setLong(update, 2, p.finishedAt() == null ? null : p.finishedAt().toEpochMilli());
            setLong(update, 3, p.version());
            update.setString(4, p.gate());
            update.setString(5, p.error() == null ? null : cut(p.error()));
            update.setLong(6, p.id());
            return update.executeUpdate();
        }
    }

    static Optional<Publish> find(Connection c, long id) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT state, author, note, started_at, finished_at,"
                + " version, gate, error FROM knowledge_publishes WHERE id = ?")) {
            find.setLong(1, id);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long finished = row.getLong(5);
                Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
                long version = row.getLong(6);
                Long number = row.wasNull() ? null : version;
                return Optional.of(new Publish(
                        id,
                        Publish.State.valueOf(row.getString(1).toUpperCase(Locale.ROOT)),
                        row.getString(2),
                        row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4)),
                        finishedAt,
                        number,
                        row.getString(7),
                        row.getString(8)));
            }
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static String cut(String text) {
        return text.length() <= 1_000 ? text : text.substring(0, 999) + "…";
    }
}
