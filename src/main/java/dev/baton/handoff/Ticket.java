package dev.baton.handoff;

import dev.baton.details.Details;
import dev.baton.dialogue.Priority;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for a human agent, one per handoff of a conversation.
 *
 * @param reason a stable code: {@code funds_at_risk.unauthorized_transfer}, {@code secret_exposed},
 *               {@code human_requested}, {@code low_confidence}, {@code repeated_fallback} ...
 * @param tier   1, or 2 once escalated to the more experienced team
 */
public record Ticket(String id, String conversationId, Priority priority, String reason, TicketStatus status,
                     int tier, Details details, Instant createdAt, Instant updatedAt) {
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier is 1 or 2: " + tier);
        }
    }

    /** The ticket with a raised priority and the reason for it. */
    public Ticket raised(Priority newPriority, String newReason, Instant now) {
        return new Ticket(id, conversationId, newPriority, newReason, status, tier, details, createdAt, now);
    }

    public Ticket withDetails(Details newDetails, Instant now) {
        return new Ticket(id, conversationId, priority, reason, status, tier, newDetails, createdAt, now);
    }
}
