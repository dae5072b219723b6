package dev.baton.channel.whatsapp;

import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.decision.ReplyLanguage;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the channel needs to know of a chat beyond the message it sends, asked of the rest of Baton through
 * this port (wired with the channel store and the conversations) so that the channel reaches into neither.
 */
public interface WhatsappChats {

    /** When the user last wrote: the newest delivery stored for the chat, on Baton's clock; empty if none is kept. */
    Optional<Instant> lastInbound(String chatId);

    /** The language a conversation is written in, when Baton knows the conversation. */
    Optional<ReplyLanguage> language(String conversationId);

    /**
     * The message sent by email instead, when the conversation's user left an address and Baton sends mail;
     * empty when it cannot go that way.
     */
    default Optional<DeliveryResult> byEmail(Delivery delivery) {
        return Optional.empty();
    }

    /** The port from two look-ups and a way to send a message by email instead. */
    static WhatsappChats of(
            Function<String, Optional<Instant>> lastInbound,
            Function<String, Optional<ReplyLanguage>> language,
            Function<Delivery, Optional<DeliveryResult>> byEmail) {
        return new WhatsappChats() {
            @Override
            public Optional<DeliveryResult> byEmail(Delivery delivery) {
                return byEmail.apply(delivery);
            }

            @Override
            public Optional<Instant> lastInbound(String chatId) {
                return lastInbound.apply(chatId);
            }

            @Override
            public Optional<ReplyLanguage> language(String conversationId) {
                return language.apply(conversationId);
            }
        };
    }
}
