package dev.baton.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Durable conversations and their messages. Every method is durable when it returns: a committed turn
 * survives a crash of the process. Safe for concurrent use, also by several Baton instances on one
 * database.
 */
public interface ConversationStore {

    /** Stores a new conversation (version 0, no messages). */
    void create(Conversation conversation);

    Optional<Conversation> find(String id);

    /**
     * Commits a turn if nobody else committed one since it was read: the stored version must be the turn's
     * version minus one.
     *
     * @throws ConcurrentTurnException when the conversation moved on; nothing was written
     */
    void commit(Turn turn);

    /** Up to {@code limit} messages with seq greater than {@code afterSeq}, in order. */
    List<Message> messages(String conversationId, long afterSeq, int limit);
}
