package dev.baton.conversation;

import dev.baton.handoff.Ticket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one turn writes, committed atomically: the conversation's new row (whose version is one more
 * than the version the turn read), the new messages, and the ticket it opened or changed.
 */
public record Turn(Conversation conversation, List<Message> messages, Optional<Ticket> ticket) {
    public Turn {
        Objects.requireNonNull(conversation, "conversation");
        messages = List.copyOf(messages);
        Objects.requireNonNull(ticket, "ticket");
        long expected = conversation.lastSeq() - messages.size();
        for (Message m : messages) {
            if (m.seq() != ++expected || !m.conversationId().equals(conversation.id())) {
                throw new IllegalArgumentException("messages must continue the conversation's sequence");
            }
        }
    }
}
