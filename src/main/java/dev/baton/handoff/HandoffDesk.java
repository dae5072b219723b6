package dev.baton.handoff;

import dev.baton.details.Details;
import java.time.Instant;

/**
 * Where handed-off conversations wait for a human agent. Tickets are committed with the conversation turn
 * that opens or changes them; the desk names them and tells the user where they stand.
 */
public interface HandoffDesk {

    /**
     * A new queued ticket for a conversation on {@code channel} (not stored yet: it commits with the turn), due
     * by {@link SlaPolicy#on the channel's deadlines}.
     */
    Ticket open(
            String conversationId,
            String channel,
            Priority priority,
            String reason,
            int tier,
            Details details,
            Instant now);

    /** The first-response times tickets are held to. */
    SlaPolicy sla();

    /**
     * What the user is told about {@code ticket}: its status, place in the queue and estimated wait,
     * counting the tickets committed so far as if {@code ticket} were already among them.
     */
    QueueStatus status(Ticket ticket);
}
