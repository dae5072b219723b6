package dev.baton.handoff;

import java.util.Objects;
import java.util.Set;

/**
 * Which tickets to list, in queue order (urgent first, then oldest, then by id).
 *
 * @param statuses   the statuses wanted (not empty)
 * @param tier       only this tier, or null for both
 * @param priority   only this priority, or null for both
 * @param assignee   only tickets held by this agent, or null
 * @param tierFirst  sort tier-2 tickets before tier-1 ones (what tier-2 agents see)
 */
public record TicketQuery(
        Set<TicketStatus> statuses, Integer tier, Priority priority, String assignee, boolean tierFirst, int limit) {
    public static final int MAX_LIMIT = 500;

    public TicketQuery {
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("at least one status");
        }
        if (tier != null && tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier is 1 or 2: " + tier);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** Every ticket in the given statuses, up to the maximum. */
    public static TicketQuery of(Set<TicketStatus> statuses) {
        return new TicketQuery(statuses, null, null, null, false, MAX_LIMIT);
    }
}
