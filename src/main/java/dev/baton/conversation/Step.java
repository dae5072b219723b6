package dev.baton.conversation;

import dev.baton.handoff.Priority;
import dev.baton.decision.QuickReply;
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
public record Step(ConversationState state, DialogueMemory memory, String reply, List<QuickReply> quickReplies,
                   boolean announceQueue, String afterQueue, DecisionTrail trail, TicketChange ticket) {
    public Step {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(ticket, "ticket");
        quickReplies = List.copyOf(quickReplies);
    }

    /** What a turn does to the conversation's ticket. */
    public sealed interface TicketChange {
        /** Nothing. */
        record None() implements TicketChange {
        }

        /** Opens a new ticket with the memory's details, at tier 1 or (asked for by the user) 2. */
        record Open(Priority priority, String reason, int tier) implements TicketChange {
        }

        /** The open ticket takes the memory's details and, when not null, a raised priority and reason. */
        record Update(Priority raisedTo, String reason) implements TicketChange {
        }

        /** The user left the queue: the ticket is closed as abandoned. */
        record Abandon() implements TicketChange {
        }

        /** The resolved ticket gets the user's 1-5 rating. */
        record Rate(int stars) implements TicketChange {
        }

        /** The resolved ticket goes back to the queue with the memory's details, raised when not null. */
        record Reopen(Priority raisedTo, String reason) implements TicketChange {
        }
    }
}
