package dev.baton.store.jdbc;

import dev.baton.agent.Agent;
import dev.baton.agent.AgentException;
import dev.baton.agent.AgentStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AgentStore} on the JDBC {@link Database}. */
public final class JdbcAgentStore implements AgentStore {

    private static final String COLUMNS =
            "id, name, tier, supervisor, created_at, revoked_at, token_salt, token_hash, editor";
    private static final String INSERT = "INSERT INTO agents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM agents WHERE id = ?";
    private static final String BY_NAME = "SELECT " + COLUMNS + " FROM agents WHERE name = ?";
    private static final String ALL = "SELECT " + COLUMNS + " FROM agents ORDER BY name";
    private static final String RIGHTS = "UPDATE agents SET supervisor = ?, editor = ? WHERE name = ?";
    private static final String REVOKE = "UPDATE agents SET revoked_at = COALESCE(revoked_at, ?) WHERE name = ?";
    /** Both databases report a unique-key violation with this SQLSTATE. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Database database;

    public JdbcAgentStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
    }

    @Override
    public void add(Agent agent, String salt, String hash) {
        transactions.autoCommit("add agent", agent.name(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, agent.id());
                insert.setString(2, agent.name());
                insert.setInt(3, agent.tier());
                insert.setBoolean(4, agent.supervisor());
                insert.setLong(5, agent.createdAt().toEpochMilli());
                insert.setNull(6, Types.BIGINT);
                insert.setString(7, salt);
                insert.setString(8, hash);
                insert.setBoolean(9, agent.editor());
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new AgentException("agent_exists", "an agent named '" + agent.name() + "' exists already");
                }
                throw e;
            }
        });
        database.awaitDurable();
    }

    @Override
    public Optional<Credentials> byId(String id) {
        return transactions.autoCommit("find agent", id, connection -> {
            try (PreparedStatement find = connection.prepareStatement(BY_ID)) {
                find.setString(1, id);
                try (ResultSet row = find.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Credentials(agent(row), row.getString(7), row.getString(8)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Agent> byName(String name) {
        return transactions.autoCommit("find agent", name, connection -> {
            try (PreparedStatement find = connection.prepareStatement(BY_NAME)) {
                find.setString(1, name);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(agent(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean revoke(String name, Instant at) {
        int changed = transactions.autoCommit("revoke agent", name, connection -> {
            try (PreparedStatement revoke = connection.prepareStatement(REVOKE)) {
                revoke.setLong(1, at.toEpochMilli());
                revoke.setString(2, name);
                return revoke.executeUpdate();
            }
        });
        database.awaitDurable();
        return changed > 0;
    }

    @Override
    public boolean setRights(Agent agent) {
        int changed = transactions.autoCommit("set agent rights", agent.name(), connection -> {
            try (PreparedStatement update = connection.prepareStatement(RIGHTS)) {
                update.setBoolean(1, agent.supervisor());
                update.setBoolean(2, agent.editor());
                update.setString(3, agent.name());
                return update.executeUpdate();
            }
        });
        database.awaitDurable();
        return changed > 0;
    }

    @Override
    public List<Agent> all() {
        return transactions.autoCommit("list agents", "", connection -> {
            try (PreparedStatement all = connection.prepareStatement(ALL);
                    ResultSet row = all.executeQuery()) {
                List<Agent> agents = new ArrayList<>();
                while (row.next()) {
                    agents.add(agent(row));
                }
                return agents;
            }
        });
    }

    private static Agent agent(ResultSet row) throws SQLException {
        long revoked = row.getLong(6);
        Instant revokedAt = row.wasNull() ? null : Instant.ofEpochMilli(revoked);
        return new Agent(
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getBoolean(4),
                row.getBoolean(9),
                Instant.ofEpochMilli(row.getLong(5)),
                revokedAt);
    }
}
