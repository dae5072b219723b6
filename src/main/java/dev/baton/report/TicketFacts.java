package dev.baton.report;

import dev.baton.handoff.TicketStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One ticket as the report reads it: its reason and its times. Null times have not happened (yet).
 *
 * @param updatedAt when it last changed: for an abandoned ticket, when it was closed
 * @param rating    the user's 1-5 rating, or null
 */
public record TicketFacts(
        String reason,
        TicketStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant firstResponseDue,
        Instant assignedAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        Integer rating) {
    public TicketFacts {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** When it left the queue for good or for now: claimed or assigned, resolved, or closed unanswered. */
    Instant leftQueueAt() {
        Instant left = assignedAt != null ? assignedAt : resolvedAt;
        if (left == null && status == TicketStatus.ABANDONED) {
            left = updatedAt;
        }
        return left;
    }

    /** When it was closed (resolved or abandoned), or null while open. */
    Instant closedAt() {
        return switch (status) {
            case RESOLVED -> resolvedAt != null ? resolvedAt : updatedAt;
            case ABANDONED -> updatedAt;
            default -> null;
        };
    }
}
