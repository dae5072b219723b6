package dev.baton.conversation;

import dev.baton.handoff.QueueStatus;
import dev.baton.handoff.Ticket;

/** Something a conversation's live subscribers (the user's browser, agents) are told. */
public sealed interface ConversationEvent {

    /** A message was committed. */
    record MessageAdded(Message message) implements ConversationEvent {}

    /**
     * A message already shown was redacted after the fact (it held part of a secret completed later): whoever
     * shows it replaces its text.
     */
    record MessageRedacted(Message message) implements ConversationEvent {}

    /** The conversation's state or queue status changed; {@code handoff} is null without a ticket. */
    record StateChanged(ConversationState state, QueueStatus handoff) implements ConversationEvent {}

    /** The conversation's ticket was opened or changed (agents' queues listen for this). */
    record TicketChanged(Ticket ticket) implements ConversationEvent {}

    /** The ticket's first response is nearly due ({@code breached} false) or overdue (true). */
    record SlaAlert(Ticket ticket, boolean breached) implements ConversationEvent {}

    /** Someone is typing. */
    record Typing(Sender sender, boolean typing) implements ConversationEvent {}
}
