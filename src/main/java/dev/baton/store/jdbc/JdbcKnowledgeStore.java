package dev.baton.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.knowledge.CorpusFiles;
import dev.baton.knowledge.Draft;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.KnowledgeStore;
import dev.baton.knowledge.LivePointer;
import dev.baton.knowledge.NewVersion;
import dev.baton.knowledge.Publish;
import dev.baton.knowledge.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link KnowledgeStore} on the JDBC {@link Database}. */
public final class JdbcKnowledgeStore implements KnowledgeStore {

    private static final String VERSION_COLUMNS =
            "number, author, published_at, note, corpus_hash, files, card, gate, changes";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Transactions transactions;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcKnowledgeStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
    }

    @Override
    public Optional<Draft> draft() {
        return transactions.autoCommit("read the draft", "", c -> {
            try (PreparedStatement find = c.prepareStatement(
                            "SELECT revision, base, files, updated_at, updated_by FROM knowledge_draft WHERE id = 1");
                    ResultSet row = find.executeQuery()) {
                return row.next()
                        ? Optional.of(new Draft(
                                row.getLong(1),
                                row.getLong(2),
                                files(row.getString(3)),
                                Instant.ofEpochMilli(row.getLong(4)),
                                row.getString(5)))
                        : Optional.empty();
            }
        });
    }

    @Override
    public Draft saveDraft(long expectedRevision, long base, CorpusFiles files, String agentId, Instant now) {
        long next = expectedRevision + 1;
        int changed = transactions.autoCommit("save the draft", "", c -> {
            if (expectedRevision == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO knowledge_draft"
                        + " (id, revision, base, files, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, next);
                    insert.setLong(2, base);
                    insert.setString(3, text(files));
                    insert.setLong(4, now.toEpochMilli());
                    insert.setString(5, agentId);
                    return insert.executeUpdate();
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return 0;
                    }
                    throw e;
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE knowledge_draft SET revision = ?, base = ?,"
                    + " files = ?, updated_at = ?, updated_by = ? WHERE id = 1 AND revision = ?")) {
                update.setLong(1, next);
                update.setLong(2, base);
                update.setString(3, text(files));
                update.setLong(4, now.toEpochMilli());
                update.setString(5, agentId);
                update.setLong(6, expectedRevision);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            long current = draft().map(Draft::revision).orElse(0L);
            throw new KnowledgeException(
                    "stale_draft",
                    "the draft has changed since revision " + expectedRevision + " (it is at " + current
                            + "): reload it and edit again");
        }
        database.awaitDurable();
        return new Draft(next, base, files, now, agentId);
    }

    @Override
    public Version addVersion(NewVersion v, boolean makeLive, Instant now) {
        Version version = transactions.inTransaction("add a knowledge version", "", c -> {
            long number;
            try (Statement max = c.createStatement();
                    ResultSet row = max.executeQuery("SELECT COALESCE(MAX(number), 0) FROM knowledge_versions")) {
                row.next();
                number = row.getLong(1) + 1;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO knowledge_versions (" + VERSION_COLUMNS
                    + ", model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, number);
                insert.setString(2, v.author());
                insert.setLong(3, now.toEpochMilli());
                insert.setString(4, v.note());
                insert.setString(5, v.corpusHash());
                insert.setString(6, text(v.files()));
                insert.setString(7, v.card());
                if (v.gate() == null) {
                    insert.setNull(8, Types.VARCHAR);
                } else {
                    insert.setString(8, v.gate());
                }
                insert.setString(9, v.changes());
                insert.setBytes(10, v.model());
                insert.executeUpdate();
            }
            if (makeLive) {
                point(c, number, now);
            }
            return new Version(
                    number, v.author(), now, v.note(), v.corpusHash(), v.files(), v.card(), v.gate(), v.changes());
        });
        database.awaitDurable();
        return version;
    }

    @Override
    public Optional<Version> version(long number) {
        return transactions.autoCommit("read knowledge version", String.valueOf(number), c -> {
            try (PreparedStatement find =
                    c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM knowledge_versions WHERE number = ?")) {
                find.setLong(1, number);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(version(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<byte[]> model(long number) {
        return transactions.autoCommit("read the model of version", String.valueOf(number), c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT model FROM knowledge_versions WHERE number = ?")) {
                find.setLong(1, number);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Version> versions() {
        return transactions.autoCommit("list knowledge versions", "", c -> {
            try (PreparedStatement all = c.prepareStatement(
                            "SELECT " + VERSION_COLUMNS + " FROM knowledge_versions ORDER BY number DESC");
                    ResultSet row = all.executeQuery()) {
                List<Version> versions = new ArrayList<>();
                while (row.next()) {
                    versions.add(version(row));
                }
                return versions;
            }
        });
    }

    @Override
    public Optional<Long> versionWithHash(String corpusHash) {
        return transactions.autoCommit("find knowledge version", corpusHash, c -> {
            try (PreparedStatement find =
                    c.prepareStatement("SELECT MAX(number) FROM knowledge_versions WHERE corpus_hash = ?")) {
                find.setString(1, corpusHash);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    long number = row.getLong(1);
                    return row.wasNull() ? Optional.empty() : Optional.of(number);
                }
            }
        });
    }

    @Override
    public Optional<LivePointer> live() {
        return transactions.autoCommit("read the live version", "", c -> live(c));
    }

    private static Optional<LivePointer> live(Connection c) throws SQLException {
        try (PreparedStatement find =
                        c.prepareStatement("SELECT version, sequence, since FROM knowledge_live WHERE id = 1");
                ResultSet row = find.executeQuery()) {
            return row.next()
                    ? Optional.of(new LivePointer(row.getLong(1), row.getLong(2), Instant.ofEpochMilli(row.getLong(3))))
                    : Optional.empty();
        }
    }

    @Override
    public LivePointer makeLive(long number, Instant now) {
        LivePointer pointer = transactions.inTransaction("make version live", String.valueOf(number), c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM knowledge_versions WHERE number = ?")) {
                find.setLong(1, number);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        throw new KnowledgeException("unknown_version", "no version " + number);
                    }
                }
            }
            return point(c, number, now);
        });
        database.awaitDurable();
        return pointer;
    }

    /** Points the live row at {@code number}, counting the change; the row is locked until the commit. */
    private static LivePointer point(Connection c, long number, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE knowledge_live SET version = ?, sequence = sequence + 1, since = ? WHERE id = 1")) {
            update.setLong(1, number);
            update.setLong(2, now.toEpochMilli());
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO knowledge_live (id, version, sequence, since) VALUES (1, ?, 1, ?)")) {
                    insert.setLong(1, number);
                    insert.setLong(2, now.toEpochMilli());
                    insert.executeUpdate();
                }
            }
        }
        return live(c).orElseThrow();
    }

    @Override
    public Publish startPublish(String author, String note, Instant now) {
        long id = transactions.autoCommit("start a publish", author, c -> PublishRows.insert(c, author, note, now));
        database.awaitDurable();
        return new Publish(id, Publish.State.TRAINING, author, note, now, null, null, null, null);
    }

    @Override
    public void updatePublish(Publish p) {
        transactions.autoCommit("update publish", String.valueOf(p.id()), c -> PublishRows.update(c, p));
        database.awaitDurable();
    }

    @Override
    public Optional<Publish> publish(long id) {
        return transactions.autoCommit("read publish", String.valueOf(id), c -> PublishRows.find(c, id));
    }

    private Version version(ResultSet row) throws SQLException {
        return new Version(
                row.getLong(1),
                row.getString(2),
                Instant.ofEpochMilli(row.getLong(3)),
                row.getString(4),
                row.getString(5),
                files(row.getString(6)),
                row.getString(7),
                row.getString(8),
                row.getString(9));
    }

    private String text(CorpusFiles files) {
        try {
            return json.writeValueAsString(files.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CorpusFiles files(String text) {
        try {
            return new CorpusFiles(json.readValue(text, new TypeReference<Map<String, String>>() {}));
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored corpus does not read: " + e.getOriginalMessage(), e);
        }
    }
}
