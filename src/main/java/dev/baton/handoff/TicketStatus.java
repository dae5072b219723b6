package dev.baton.handoff;

import java.util.Locale;

/** Where a handoff ticket stands. */
public enum TicketStatus {
    QUEUED,
    ASSIGNED,
    WAITING_ON_USER,
    RESOLVED,
    ABANDONED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
