package dev.baton.handoff;

import dev.baton.details.Details;
import dev.baton.dialogue.Priority;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The simplest desk: urgent tickets before normal ones, oldest first, and a wait estimated as the place in
 * the queue times a fixed handling time per ticket.
 */
public final class FifoHandoffDesk implements HandoffDesk {

    private final TicketStore tickets;
    private final Duration handlingTime;
    private final SecureRandom random = new SecureRandom();

    public FifoHandoffDesk(TicketStore tickets, Duration handlingTime) {
        if (handlingTime.isNegative() || handlingTime.isZero()) {
            throw new IllegalArgumentException("handling time must be positive: " + handlingTime);
        }
        this.tickets = tickets;
        this.handlingTime = handlingTime;
    }

    @Override
    public Ticket open(String conversationId, Priority priority, String reason, Details details, Instant now) {
        byte[] id = new byte[10];
        random.nextBytes(id);
        return new Ticket("t_" + HexFormat.of().formatHex(id), conversationId, priority, reason,
                TicketStatus.QUEUED, 1, details, now, now);
    }

    @Override
    public QueueStatus status(Ticket ticket) {
        if (ticket.status() != TicketStatus.QUEUED) {
            return new QueueStatus(ticket.id(), ticket.status(), ticket.priority(), 0, 0);
        }
        int position = tickets.queuedAhead(ticket) + 1;
        return new QueueStatus(ticket.id(), ticket.status(), ticket.priority(), position,
                position * handlingTime.toSeconds());
    }
}
