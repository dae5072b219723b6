package dev.baton.handoff;

import java.time.Instant;
import java.util.Objects;

/** An internal note on a ticket: for agents only, never sent to the user. */
public record Note(String ticketId, String agentId, String text, Instant createdAt) {
    public Note {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
