package dev.baton.agent;

import java.util.Locale;

/**
 * Whether an agent takes tickets now. An agent chooses {@link #AVAILABLE} or {@link #AWAY}; {@link #OFFLINE} is
 * never chosen but derived: no instance holds a live agent-stream socket of theirs.
 */
public enum Availability {
    /** Connected and taking tickets: auto-assignment gives them work, and they count as staff on duty. */
    AVAILABLE,
    /** Connected but not taking tickets: nothing is auto-assigned to them. */
    AWAY,
    /** Connected on no instance for longer than the offline timeout, whatever they chose. */
    OFFLINE;

    /** The name over HTTP and in the store: {@code available}, {@code away}, {@code offline}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * What an agent may choose: {@code available} or {@code away}.
     *
     * @throws AgentException {@code invalid_availability} for anything else, {@code offline} included
     */
    public static Availability chosen(String wire) {
        if (AVAILABLE.wire().equals(wire)) {
            return AVAILABLE;
        }
        if (AWAY.wire().equals(wire)) {
            return AWAY;
        }
        throw new AgentException("invalid_availability", "availability is 'available' or 'away', not '" + wire + "'");
    }
}
