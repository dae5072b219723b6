package dev.baton.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agent accounts and their token hashes. */
public interface AgentStore {

    /** A stored token check: the salt and the salted hash of the agent's token. */
    record Credentials(Agent agent, String salt, String hash) {}

    /**
     * Stores a new agent.
     *
     * @throws AgentException {@code agent_exists} when the name is taken
     */
    void add(Agent agent, String salt, String hash);

    Optional<Credentials> byId(String id);

    Optional<Agent> byName(String name);

    /** Marks the agent's token revoked; false when there is no such agent. */
    boolean revoke(String name, Instant at);

    /** Sets the agent's rights to those of {@code agent}; false when there is no agent of that name. */
    boolean setRights(Agent agent);

    List<Agent> all();
}
