package dev.baton.conversation;

import dev.baton.decision.QuickReply;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation, as stored: already redacted.
 *
 * @param seq      its position in the conversation, from 1, without gaps
 * @param decision for a bot reply, why Baton said it; otherwise null
 */
public record Message(
        String conversationId,
        long seq,
        Sender sender,
        String text,
        List<QuickReply> quickReplies,
        DecisionTrail decision,
        Instant createdAt) {
    public Message {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
