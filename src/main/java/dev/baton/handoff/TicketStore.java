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

    /**
     * How many queued tickets other than {@code ticket} go before it in queue order, whether or not
     * {@code ticket} itself is stored yet.
     */
    int queuedAhead(Ticket ticket);
}
