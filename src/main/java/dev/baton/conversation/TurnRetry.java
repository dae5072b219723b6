package dev.baton.conversation;

import dev.baton.conversation.ChatException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a turn again when another turn of the same conversation committed first. A turn reads the
 * conversation, decides, and commits over the version it read; the store refuses the commit with a
 * {@link ConcurrentTurnException} if the version moved, and the turn is run again on a fresh read. Users'
 * messages, greetings and every agent action on a ticket commit this way.
 *
 * <p>At most {@value #ATTEMPTS} attempts. An attempt fails only because another turn of the same
 * conversation committed between its read and its commit, so a turn that races with N others, each
 * committing once, fails at most N times. The writers one conversation has at once are few: its user (two
 * tabs, a platform's burst of webhooks), the agent who holds it, agents claiming it, the queue watch (email
 * offer, abandonment, auto-assignment). The tests measure how far that goes: six messages sent from one
 * stale read of a conversation took at most 3 attempts, and 40 agents claiming 12 tickets at once at most 2
 * (a lost claim reads the ticket again, sees it taken and stops). Eight absorbs more than that with room to
 * spare, and a conversation that keeps moving anyway costs the caller eight reads and a {@code conflict}
 * rather than an endless loop.
 */
public final class TurnRetry {

    /** Attempts before a turn gives up with {@link Problem#CONFLICT}; see the class doc for the number. */
    public static final int ATTEMPTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(TurnRetry.class);

    /** One attempt at a turn: reads what it needs (afresh after the first), commits, and returns its result. */
    @FunctionalInterface
    public interface Attempt<T> {
        /**
         * @param attempt 1 for the first attempt, then 2, 3 ...
         * @throws ConcurrentTurnException when the conversation moved on since this attempt read it
         */
        T run(int attempt);
    }

    private TurnRetry() {}

    /**
     * The result of the first attempt that commits. Any other exception than a conflict ends the turn at once.
     *
     * @throws ChatException {@code conflict} after {@link #ATTEMPTS} conflicts in a row, the last one as its cause
     */
    public static <T> T run(String conversationId, Attempt<T> turn) {
        ConcurrentTurnException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return turn.run(attempt);
            } catch (ConcurrentTurnException e) {
                LOG.debug("conversation {} moved on during a turn (attempt {})", conversationId, attempt);
                last = e;
            }
        }
        throw new ChatException(
                Problem.CONFLICT,
                "conversation " + conversationId + " changed under " + ATTEMPTS + " attempts in a row; try again",
                last);
    }
}
