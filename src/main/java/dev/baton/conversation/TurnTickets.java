package dev.baton.conversation;

import dev.baton.conversation.Step.TicketChange;
import dev.baton.details.Details;
import dev.baton.handoff.HandoffDesk;
import dev.baton.handoff.Priority;
import dev.baton.handoff.SlaPolicy;
import dev.baton.handoff.Ticket;
import dev.baton.handoff.TicketStatus;
import dev.baton.handoff.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation's ticket through one user turn: the ticket it held before, whether a resolved one may still
 * reopen, and what the turn's {@link TicketChange} makes of it. Nothing here writes: the turn commits the result.
 */
final class TurnTickets {

    /** The states in which the conversation's ticket may change with a user's message. */
    private static final Set<ConversationState> HELD =
            EnumSet.of(ConversationState.QUEUED, ConversationState.WITH_AGENT, ConversationState.RESOLVED);

    private final TicketStore tickets;
    private final HandoffDesk desk;
    private final Duration reopenWindow;

    TurnTickets(TicketStore tickets, HandoffDesk desk, Duration reopenWindow) {
        this.tickets = tickets;
        this.desk = desk;
        this.reopenWindow = reopenWindow;
    }

    /** The ticket a conversation in {@code state} holds, as stored now; none in {@code bot} or while collecting. */
    Optional<Ticket> before(ConversationState state, DialogueMemory memory) {
        return memory.ticketId() != null && HELD.contains(state) ? tickets.find(memory.ticketId()) : Optional.empty();
    }

    /** Whether {@code ticket} was resolved recently enough that a message reopens it. */
    boolean reopenable(Optional<Ticket> ticket, Instant now) {
        return ticket.map(Ticket::resolvedAt)
                .filter(at -> now.isBefore(at.plus(reopenWindow)))
                .isPresent();
    }

    /**
     * The conversation's ticket as the turn leaves it: opened, or {@code before} changed by the turn (the
     * very same object when the turn changes nothing, so it is not written). A user's message hands a ticket
     * that waited on them back to its agent.
     */
    Optional<Ticket> after(
            Conversation conversation, ConversationState state, Step step, Optional<Ticket> before, Instant now) {
        String conversationId = conversation.id();
        SlaPolicy sla = desk.sla().on(conversation.channel());
        TicketChange change = step.ticket();
        Details details = step.memory().details();
        if (change instanceof TicketChange.Open open) {
            return Optional.of(desk.open(
                    conversationId, conversation.channel(), open.priority(), open.reason(), open.tier(), details, now));
        }
        Optional<Ticket> after = before;
        if (change instanceof TicketChange.Update update) {
            after = before.map(t -> raise(
                    details.equals(t.details()) ? t : t.withDetails(details, now),
                    update.raisedTo(),
                    update.reason(),
                    now,
                    sla));
        } else if (change instanceof TicketChange.Abandon) {
            after = before.filter(t -> t.status() == TicketStatus.QUEUED).map(t -> t.abandon(now));
        } else if (change instanceof TicketChange.Rate rate) {
            after = before.filter(t -> t.status() == TicketStatus.RESOLVED).map(t -> t.rate(rate.stars(), now));
        } else if (change instanceof TicketChange.Reopen reopen) {
            after = before.filter(t -> t.status() == TicketStatus.RESOLVED)
                    .map(t -> raise(
                            t.reopen(now, sla).withDetails(details, now),
                            reopen.raisedTo(),
                            reopen.reason(),
                            now,
                            sla));
        }
        return state == ConversationState.WITH_AGENT ? after.map(t -> t.userWrote(now)) : after;
    }

    private static Ticket raise(Ticket ticket, Priority to, String reason, Instant now, SlaPolicy sla) {
        return to == null ? ticket : ticket.raised(to, reason, now, sla);
    }
}
