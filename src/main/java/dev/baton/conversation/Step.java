package dev.baton.conversation;

import dev.baton.decision.QuickReply;
import dev.baton.handoff.Priority;
import java.util.List;
import java.util.Objects;

/**
 * One transition of the dialogue: where the conversation goes, what Baton remembers, what it says and
 * what happens to the ticket.
 *
 * @param reply         Baton's reply, or null when it stays silent (an agent owns the conversation)
 * @param announceQueue whether the queue position and estimated wait follow the reply
 * @param afterQueue    text that follows the queue announcement (a question asked while waiting), or null
 */
public record Step(
        ConversationState state,
        DialogueMemory memory,
        String reply,
        List<QuickReply> quickReplies,
        boolean announceQueue,
        String afterQueue,
        DecisionTrail trail,
        TicketChange ticket) {
    public Step {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(ticket, "ticket");
        quickReplies = List.copyOf(quickReplies);
    }

    /** Baton says {@code text}, offering {@code quickReplies}; the ticket is left as it is. */
    public static Step reply(
            ConversationState state,
            DialogueMemory memory,
            String text,
            List<QuickReply> quickReplies,
            DecisionTrail trail) {
        return new Step(state, memory, text, quickReplies, false, null, trail, new TicketChange.None());
    }

    /** The conversation waits in the queue: {@code text}, then the queue position and estimated wait. */
    public static Step queued(DialogueMemory memory, String text, DecisionTrail trail, TicketChange ticket) {
        return new Step(ConversationState.QUEUED, memory, text, List.of(), true, null, trail, ticket);
    }

    /** An agent holds the conversation: Baton says nothing, and the ticket may still take what the user said. */
    public static Step silent(DialogueMemory memory, DecisionTrail trail, TicketChange ticket) {
        return new Step(ConversationState.WITH_AGENT, memory, null, List.of(), false, null, trail, ticket);
    }

    /** This step, doing {@code change} to the ticket. */
    public Step withTicket(TicketChange change) {
        return new Step(state, memory, reply, quickReplies, announceQueue, afterQueue, trail, change);
    }

    /** This step with {@code question} after the queue announcement, offering {@code options}. */
    public Step askingAfterQueue(String question, List<QuickReply> options) {
        return new Step(state, memory, reply, options, announceQueue, question, trail, ticket);
    }

    /** What a turn does to the conversation's ticket. */
    public sealed interface TicketChange {
        /** Nothing. */
        record None() implements TicketChange {}

        /** Opens a new ticket with the memory's details, at tier 1 or (asked for by the user) 2. */
        record Open(Priority priority, String reason, int tier) implements TicketChange {}

        /** The open ticket takes the memory's details and, when not null, a raised priority and reason. */
        record Update(Priority raisedTo, String reason) implements TicketChange {}

        /** The user left the queue: the ticket is closed as abandoned. */
        record Abandon() implements TicketChange {}

        /** The resolved ticket gets the user's 1-5 rating. */
        record Rate(int stars) implements TicketChange {}

        /** The resolved ticket goes back to the queue with the memory's details, raised when not null. */
        record Reopen(Priority raisedTo, String reason) implements TicketChange {}
    }
}
