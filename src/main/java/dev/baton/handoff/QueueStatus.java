package dev.baton.handoff;

/** What the user is told about their ticket. */
public record QueueStatus(
        String ticketId, TicketStatus status, Priority priority, int queuePosition, long estimatedWaitSeconds) {}
