package dev.baton.channel.generic;

import dev.baton.channel.Delivery;
import java.util.List;

/**
 * The body Baton posts to an integration's callback URL: one message for one user.
 *
 * @param messageId    the outbox id, the same on every retry of this message: the receiver's dedup key
 * @param seq          the message's position in the conversation
 * @param sender       {@code bot}, {@code agent} or {@code system}
 * @param quickReplies buttons to offer; sending a button's label (or its number, "1", "2" ...) as the user's
 *                     next text chooses it
 */
record GenericOutbound(
        String messageId,
        String userId,
        String conversationId,
        long seq,
        String sender,
        String text,
        List<Button> quickReplies) {

    /** A quick reply: a stable id and the label to show. */
    record Button(String id, String label) {}

    static GenericOutbound of(Delivery delivery) {
        return new GenericOutbound(
                Long.toString(delivery.outboxId()),
                delivery.chatId(),
                delivery.conversationId(),
                delivery.seq(),
                delivery.sender(),
                delivery.text(),
                delivery.quickReplies().stream()
                        .map(q -> new Button(q.id(), q.label()))
                        .toList());
    }
}
