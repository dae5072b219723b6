package dev.baton.handoff;

import dev.baton.dialogue.Priority;

/** What the user is told about their ticket. */
public record QueueStatus(String ticketId, TicketStatus status, Priority priority, int queuePosition,
                          long estimatedWaitSeconds) {
}
