package dev.baton.channel;

import dev.baton.decision.QuickReply;
import java.util.List;
import java.util.Objects;

/**
 * One outbound message to send to a platform, from the outbox.
 *
 * @param outboxId the outbox row (also the idempotency key a receiver may use)
 * @param channel  the channel's name, e.g. {@code telegram} or {@code generic:acme}
 * @param sender   {@code bot}, {@code agent} or {@code system}
 */
public record Delivery(
        long outboxId,
        String channel,
        String chatId,
        String conversationId,
        long seq,
        String sender,
        String text,
        List<QuickReply> quickReplies) {
    public Delivery {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(text, "text");
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
