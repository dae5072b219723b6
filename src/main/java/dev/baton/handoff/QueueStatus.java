package dev.baton.handoff;

/**
 * What the user is told about their ticket.
 *
 * @param agentsAvailable whether any agent is available now, on any instance: without one the estimate means
 *                        nothing, and the user is told so instead
 */
public record QueueStatus(
        String ticketId,
        TicketStatus status,
        Priority priority,
        int queuePosition,
        long estimatedWaitSeconds,
        boolean agentsAvailable) {

    /** A status with agents available. */
    public QueueStatus(
            String ticketId, TicketStatus status, Priority priority, int queuePosition, long estimatedWaitSeconds) {
        this(ticketId, status, priority, queuePosition, estimatedWaitSeconds, true);
    }
}
