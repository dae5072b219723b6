package dev.baton.conversation;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Live fan-out of conversation events to whoever listens on this instance. */
public interface ConversationEvents {

    /** Delivers an event to the conversation's current subscribers; never blocks on a slow one. */
    void publish(String conversationId, ConversationEvent event);

    /** Listens to a conversation until the returned handle is closed. */
    Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener);

    /** Listens to every conversation (the agents' side) until the returned handle is closed. */
    Subscription subscribeAll(BiConsumer<String, ConversationEvent> listener);

    /** An active subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
