package dev.baton.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One conversation as the report reads it.
 *
 * @param chat      the messaging platform chat it is in ({@code channel + ":" + chat id}), null for the widget
 * @param messages  its messages in order
 * @param ticketsAt when each of its tickets was opened (its handoffs)
 */
public record ConversationFacts(
        String id, String chat, Instant createdAt, List<MessageFact> messages, List<Instant> ticketsAt) {
    public ConversationFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        messages = List.copyOf(messages);
        ticketsAt = List.copyOf(ticketsAt);
    }
}
