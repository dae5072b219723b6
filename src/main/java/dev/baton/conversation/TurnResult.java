package dev.baton.conversation;

import dev.baton.handoff.QueueStatus;

/**
 * The committed outcome of one user message.
 *
 * @param userMessage the stored (redacted) user message
 * @param reply       Baton's reply, or null while an agent owns the conversation
 * @param handoff     the ticket's status when the conversation has one, else null
 */
public record TurnResult(
        Message userMessage, Message reply, DecisionTrail decision, QueueStatus handoff, ConversationState state) {}
