package dev.baton.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable conversations and their messages. Every method but {@link #create} is durable when it returns: a
 * committed turn survives a crash of the process. Safe for concurrent use, also by several Baton instances on
 * one database.
 */
public interface ConversationStore {

    /**
     * Stores a new conversation (version 0, no messages). It is durable once a turn of it commits, or when
     * the database next writes on its own (within a second on the embedded store): a conversation lost in a
     * crash before then held nothing, and answers {@code conversation_not_found} as an expired one does.
     */
    void create(Conversation conversation);

    /** The conversation as stored now. */
    Optional<Conversation> find(String id);

    /**
     * The conversation for a turn about to be taken on it: possibly as this process last wrote or read it,
     * which saves a read, while another instance may have moved it on since. That is safe for a turn only:
     * its {@link #commit} checks the version and refuses a stale one ({@link ConcurrentTurnException}), and the
     * turn is then taken again on {@link #find}. A store without a cache reads it afresh.
     */
    default Optional<Conversation> findForTurn(String id) {
        return find(id);
    }

    /**
     * Another instance announced a change to the conversation (through the event relay): a store that remembers
     * conversations for {@link #findForTurn} forgets this one, so that the next turn here reads it afresh rather
     * than deciding on a stale copy and being refused at the commit. Behind a balancer that spreads one
     * conversation's messages over the instances, that is every turn.
     */
    default void changedElsewhere(String id) {}

    /**
     * Commits a turn if nobody else committed one since it was read: the stored version must be the turn's
     * version minus one.
     *
     * @throws ConcurrentTurnException when the conversation moved on; nothing was written
     */
    void commit(Turn turn);

    /** Up to {@code limit} messages with seq greater than {@code afterSeq}, in order. */
    List<Message> messages(String conversationId, long afterSeq, int limit);

    /**
     * Deletes the conversations created before {@code cutoff} that never had a turn: no message, no ticket,
     * no platform chat linked to them. Each is checked and deleted in one statement, so a conversation
     * whose first turn commits meanwhile is kept with its messages, and a turn that comes after the delete
     * finds no conversation. Idempotent: several instances may run it at once.
     *
     * @return how many were deleted
     */
    int deleteEmptyBefore(Instant cutoff);
}
