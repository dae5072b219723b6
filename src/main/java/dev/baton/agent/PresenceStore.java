package dev.baton.agent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Agents' availability as every instance on one store sees it: what each agent chose, and when some instance
 * last saw them connected to its agent stream.
 */
public interface PresenceStore {

    /** An active agent, what they chose, and when an instance last saw them connected (null: never). */
    record Seen(Agent agent, Availability chosen, Instant lastSeen) {}

    /**
     * Records what an agent chose ({@code available} or {@code away}).
     *
     * @return false when there is no such agent
     */
    boolean choose(String agentId, Availability chosen);

    /** Records that {@code instanceId} holds a live socket of each of {@code agentIds} at {@code at}. */
    void seen(String instanceId, Collection<String> agentIds, Instant at);

    /** Every active (not revoked) agent with their choice and when any instance last saw them, by name. */
    List<Seen> agents();

    /** Forgets the connections no instance has seen since {@code before} (instances long gone). */
    int forget(Instant before);
}
