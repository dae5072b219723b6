package dev.baton.handoff;

import java.util.Objects;

/**
 * Checked inside the transaction that assigns a ticket: the agent may hold at most {@code capacity} open
 * tickets, counting the one being assigned. The store serialises the check per agent, so two claims at
 * once cannot both take the last place.
 */
public record CapacityCheck(String agentId, int capacity) {
    public CapacityCheck {
        Objects.requireNonNull(agentId, "agentId");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
    }
}
