package dev.baton.conversation;

import dev.baton.details.Details;
import dev.baton.dialogue.Priority;
import dev.baton.dialogue.QuickReply;
import java.util.List;

/**
 * What Baton remembers between turns of one conversation.
 *
 * @param offered         the options of the last clarifying question; the next message may pick one
 * @param unclearStreak   how many messages in a row Baton could not place
 * @param pending         the detail question waiting for an answer, if any
 * @param questionsAsked  how many detail questions this handoff has asked (at most two)
 * @param details         what is known for the ticket
 * @param handoffPriority the priority of the decided handoff, or null
 * @param handoffReason   its reason code, or null
 * @param ticketId        the open ticket, or null
 */
public record DialogueMemory(List<QuickReply> offered, int unclearStreak, PendingQuestion pending, int questionsAsked,
                             Details details, Priority handoffPriority, String handoffReason, String ticketId) {

    public static final DialogueMemory EMPTY =
            new DialogueMemory(List.of(), 0, PendingQuestion.NONE, 0, Details.NONE, null, null, null);

    public DialogueMemory {
        offered = offered == null ? List.of() : List.copyOf(offered);
        pending = pending == null ? PendingQuestion.NONE : pending;
        details = details == null ? Details.NONE : details;
        if (unclearStreak < 0 || questionsAsked < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
    }

    /** The detail questions Baton may be waiting on. */
    public enum PendingQuestion { NONE, ACCOUNT, DESCRIPTION }
}
