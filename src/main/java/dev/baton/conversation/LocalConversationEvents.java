package dev.baton.conversation;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process fan-out. Listeners must not block (a WebSocket listener hands the event to the socket's own
 * asynchronous send). Events reach subscribers of this instance only.
 */
public final class LocalConversationEvents implements ConversationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(LocalConversationEvents.class);

    private final ConcurrentMap<String, List<Consumer<ConversationEvent>>> listeners = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, ConversationEvent>> everything = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String conversationId, ConversationEvent event) {
        for (BiConsumer<String, ConversationEvent> listener : everything) {
            try {
                listener.accept(conversationId, event);
            } catch (RuntimeException e) {
                LOG.warn("a listener of every conversation failed: {}", e.toString());
            }
        }
        List<Consumer<ConversationEvent>> current = listeners.get(conversationId);
        if (current == null) {
            return;
        }
        for (Consumer<ConversationEvent> listener : current) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a listener of conversation {} failed: {}", conversationId, e.toString());
            }
        }
    }

    /** Whether anything on this instance listens to {@code conversationId} itself (its widget's stream, say). */
    public boolean listens(String conversationId) {
        return listeners.containsKey(conversationId);
    }

    @Override
    public Subscription subscribe(String conversationId, Consumer<ConversationEvent> listener) {
        listeners
                .computeIfAbsent(conversationId, k -> new CopyOnWriteArrayList<>())
                .add(listener);
        return () -> listeners.computeIfPresent(conversationId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public Subscription subscribeAll(BiConsumer<String, ConversationEvent> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }
}
