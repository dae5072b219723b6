package dev.baton.agent;

import dev.baton.conversation.Conversation;
import dev.baton.conversation.ConversationEvent;
import dev.baton.conversation.ConversationEvents;
import dev.baton.conversation.ConversationState;
import dev.baton.conversation.ConversationStore;
import dev.baton.conversation.DialogueMemory;
import dev.baton.conversation.Message;
import dev.baton.conversation.Turn;
import dev.baton.conversation.TurnRetry;
import dev.baton.handoff.AuditEntry;
import dev.baton.handoff.CapacityCheck;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Note;
import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketException;
import dev.baton.handoff.TicketMeter;
import dev.baton.handoff.TicketStore;
import dev.baton.logging.LogContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits what {@link HandoffService} does to a ticket as one turn of its conversation: the ticket, messages,
 * notes and audit line together, over the conversation version read, so two agents acting on one ticket at once
 * cannot both win; then tells the conversation's subscribers.
 */
final class TicketTurns {

    private static final Logger LOG = LoggerFactory.getLogger(TicketTurns.class);

    private final ConversationStore store;
    private final TicketStore tickets;
    private final HandoffDesk desk;
    private final ConversationEvents events;
    private final Clock clock;
    private final TicketMeter meter;

    TicketTurns(
            ConversationStore store,
            TicketStore tickets,
            HandoffDesk desk,
            ConversationEvents events,
            Clock clock,
            TicketMeter meter) {
        this.meter = meter;
        this.store = store;
        this.tickets = tickets;
        this.desk = desk;
        this.events = events;
        this.clock = clock;
    }

    /** One action on a ticket and its conversation, as read together. */
    @FunctionalInterface
    interface Work<T> {
        /** What to commit, or null to do nothing. */
        Action<T> on(Conversation conversation, Ticket ticket, Instant now);
    }

    /** What an action commits, and what it returns. */
    record Action<T>(
            Conversation read,
            ConversationState state,
            DialogueMemory memory,
            List<Message> messages,
            Ticket ticket,
            List<Note> notes,
            List<AuditEntry> audit,
            Optional<CapacityCheck> capacity,
            T result) {}

    /**
     * Reads the ticket's conversation and then the ticket, lets {@code work} decide what to commit, commits it
     * as one turn over the version read (retried on a fresh read if another turn came first) and tells
     * subscribers.
     *
     * @return what the action returns, or null when {@code work} chose to do nothing
     */
    <T> T act(String ticketId, Work<T> work) {
        try (LogContext log = LogContext.open().ticket(ticketId)) {
            String conversationId = find(ticketId).conversationId();
            log.conversation(conversationId);
            return actOn(ticketId, conversationId, work);
        }
    }

    private <T> T actOn(String ticketId, String conversationId, Work<T> work) {
        return TurnRetry.run(conversationId, attempt -> {
            Conversation conversation = store.find(conversationId)
                    .orElseThrow(() -> new IllegalStateException("ticket " + ticketId + " has no conversation"));
            // Read after the conversation: a ticket changes only with its conversation's version, so the
            // commit below fails if this read is older than the version it commits over.
            Ticket ticket = find(ticketId);
            Instant now = now();
            Action<T> action = work.on(conversation, ticket, now);
            if (action == null) {
                return null;
            }
            Conversation next = conversation.next(
                    action.state(), action.memory(), action.messages().size(), now);
            Optional<Ticket> changed = Optional.of(action.ticket()).filter(t -> !t.equals(ticket));
            store.commit(new Turn(next, action.messages(), changed, action.notes(), action.audit(), action.capacity()));
            changed.ifPresent(t -> meter.changed(ticket, t));
            LOG.debug(
                    "ticket {}: {} -> {}, {} audited",
                    ticketId,
                    ticket.status().wire(),
                    action.ticket().status().wire(),
                    action.audit().stream().map(AuditEntry::action).toList());
            publish(conversation, next, action.messages(), changed);
            return action.result();
        });
    }

    private void publish(Conversation before, Conversation next, List<Message> messages, Optional<Ticket> ticket) {
        for (Message m : messages) {
            events.publish(next.id(), new ConversationEvent.MessageAdded(m));
        }
        ticket.ifPresent(t -> events.publish(next.id(), new ConversationEvent.TicketChanged(t)));
        if (ticket.isPresent() || next.state() != before.state()) {
            QueueStatus queue = ticket.map(desk::status).orElse(null);
            events.publish(next.id(), new ConversationEvent.StateChanged(next.state(), queue));
        }
    }

    /** The ticket {@code ticketId}, whoever may see it. */
    Ticket find(String ticketId) {
        return tickets.find(ticketId)
                .orElseThrow(
                        () -> new TicketException(TicketException.Problem.TICKET_NOT_FOUND, "no ticket " + ticketId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
