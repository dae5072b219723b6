package dev.baton.handoff;

import java.util.List;
import java.util.Optional;

/**
 * Reads tickets. Tickets are written together with their conversation's turn (see
 * {@code ConversationStore.commit}), so that a handoff and the message that caused it commit together.
 */
public interface TicketStore {

    Optional<Ticket> find(String ticketId);

    /** Queued tickets in the order agents take them: urgent first, then oldest first. */
    List<Ticket> queued(int limit);

    /**
     * The 1-based place of a queued ticket in that order (how many queued tickets go before it, plus one),
     * or 0 when it is not queued.
     */
    int queuePosition(String ticketId);

    /** Every queued ticket's place-defining fields, in queue order (one light query for the whole queue). */
    List<QueuedTicket> queueOrder();
}
