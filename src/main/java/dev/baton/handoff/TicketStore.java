package dev.baton.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads tickets, their notes and the audit log. Tickets are written together with their conversation's
 * turn (see {@code ConversationStore.commit}), so that a handoff and the message that caused it commit
 * together.
 */
public interface TicketStore {

    Optional<Ticket> find(String ticketId);

    /** Queued tickets in the order agents take them: urgent first, then oldest first. */
    List<Ticket> queued(int limit);

    /** The tickets a query selects, in queue order. */
    List<Ticket> list(TicketQuery query);

    /**
     * The 1-based place of a queued ticket in that order (how many queued tickets go before it, plus one),
     * or 0 when it is not queued.
     */
    int queuePosition(String ticketId);

    /** Every queued ticket's place-defining fields, in queue order (one light query for the whole queue). */
    List<QueuedTicket> queueOrder();

    /** The queue counted by priority and tier, with each group's oldest ticket (one grouped query). */
    List<QueueCount> queueCounts();

    /** How many open tickets (assigned or waiting on the user) {@code agentId} holds. */
    int load(String agentId);

    /** Handling times of the tickets resolved since {@code since}. */
    HandlingStats handling(Instant since);

    /** A ticket's internal notes, oldest first. */
    List<Note> notes(String ticketId);

    /** A ticket's audit log, oldest first. */
    List<AuditEntry> audit(String ticketId);
}
