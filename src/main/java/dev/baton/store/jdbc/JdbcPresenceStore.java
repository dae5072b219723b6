package dev.baton.store.jdbc;

import dev.baton.agent.Agent;
import dev.baton.agent.Availability;
import dev.baton.agent.PresenceStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** {@link PresenceStore} on the JDBC {@link Database}: the agents table and {@code agent_connections}. */
public final class JdbcPresenceStore implements PresenceStore {

    private static final String CHOOSE = "UPDATE agents SET availability = ? WHERE id = ?";
    private static final String TOUCH = "UPDATE agent_connections SET last_seen = GREATEST(last_seen, ?) "
            + "WHERE agent_id = ? AND instance_id = ?";
    private static final String INSERT =
            "INSERT INTO agent_connections (agent_id, instance_id, last_seen) VALUES (?, ?, ?)";
    private static final String AGENTS = "SELECT a.id, a.name, a.tier, a.supervisor, a.editor, a.created_at, "
            + "a.availability, MAX(c.last_seen) FROM agents a LEFT JOIN agent_connections c ON c.agent_id = a.id "
            + "WHERE a.revoked_at IS NULL "
            + "GROUP BY a.id, a.name, a.tier, a.supervisor, a.editor, a.created_at, a.availability ORDER BY a.name";
    private static final String FORGET = "DELETE FROM agent_connections WHERE last_seen < ?";
    /** Both databases report a unique-key violation with this SQLSTATE. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Database database;

    public JdbcPresenceStore(Database database) {
        this.database = database;
        this.transactions = new Transactions(database.dataSource());
    }

    @Override
    public boolean choose(String agentId, Availability chosen) {
        if (chosen == Availability.OFFLINE) {
            throw new IllegalArgumentException("offline is derived, never chosen");
        }
        int changed = transactions.autoCommit("set the availability of agent", agentId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(CHOOSE)) {
                update.setString(1, chosen.wire());
                update.setString(2, agentId);
                return update.executeUpdate();
            }
        });
        database.awaitDurable();
        return changed > 0;
    }

    @Override
    public void seen(String instanceId, Collection<String> agentIds, Instant at) {
        if (agentIds.isEmpty()) {
            return;
        }
        transactions.autoCommit("record the agents connected to instance", instanceId, connection -> {
            for (String agentId : agentIds) {
                if (touch(connection, agentId, instanceId, at) == 0) {
                    insert(connection, agentId, instanceId, at);
                }
            }
            return null;
        });
    }

    private static int touch(Connection connection, String agentId, String instanceId, Instant at) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement(TOUCH)) {
            touch.setLong(1, at.toEpochMilli());
            touch.setString(2, agentId);
            touch.setString(3, instanceId);
            return touch.executeUpdate();
        }
    }

    private static void insert(Connection connection, String agentId, String instanceId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, agentId);
            insert.setString(2, instanceId);
            insert.setLong(3, at.toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // This instance's other thread inserted the row first: move it on instead.
            touch(connection, agentId, instanceId, at);
        }
    }

    @Override
    public List<Seen> agents() {
        return transactions.autoCommit("list agents' availability", "", connection -> {
            try (PreparedStatement all = connection.prepareStatement(AGENTS);
                    ResultSet row = all.executeQuery()) {
                List<Seen> agents = new ArrayList<>();
                while (row.next()) {
                    Agent agent = new Agent(
                            row.getString(1),
                            row.getString(2),
                            row.getInt(3),
                            row.getBoolean(4),
                            row.getBoolean(5),
                            Instant.ofEpochMilli(row.getLong(6)),
                            null);
                    Availability chosen = Availability.valueOf(row.getString(7).toUpperCase(Locale.ROOT));
                    long seen = row.getLong(8);
                    agents.add(new Seen(agent, chosen, row.wasNull() ? null : Instant.ofEpochMilli(seen)));
                }
                return agents;
            }
        });
    }

    @Override
    public int forget(Instant before) {
        return transactions.autoCommit("forget old agent connections", "", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(FORGET)) {
                delete.setLong(1, before.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }
}
