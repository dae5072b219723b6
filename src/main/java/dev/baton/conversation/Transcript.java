package dev.baton.conversation;

import dev.baton.handoff.QueueStatus;
import java.util.List;

/** A page of a conversation's messages with where the conversation stands now. */
public record Transcript(List<Message> messages, ConversationState state, QueueStatus handoff) {
    public Transcript {
        messages = List.copyOf(messages);
    }
}
