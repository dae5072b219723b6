package dev.baton.learning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The messages Baton could not answer, kept for editors. They are written by the conversation store, in the
 * turn that decided them ({@code conversation.Turn#unanswered}); this port reads them, records what editors
 * did with them and forgets them after the retention. Safe for concurrent use by several instances: accepting
 * or dismissing changes only messages still open, so two editors never both take one.
 */
public interface LearningStore {

    /** Up to {@code limit} open messages, newest first, with their stored (redacted) text. */
    List<CapturedMessage> open(int limit);

    /** The kept messages with these ids, in any state, in id order; ids kept no longer are left out. */
    List<CapturedMessage> find(Collection<Long> ids);

    /**
     * Marks those of {@code ids} still open as accepted, as examples of {@code entryId}, by {@code agentId}.
     *
     * @return how many were still open
     */
    int accept(Collection<Long> ids, String entryId, String agentId, Instant at);

    /**
     * Marks those of {@code ids} still open as dismissed by {@code agentId}.
     *
     * @return how many were still open
     */
    int dismiss(Collection<Long> ids, String agentId, Instant at);

    /**
     * Deletes every kept message that came before {@code cutoff}, open or not; idempotent, so several
     * instances may sweep at once. The conversations' own messages stay.
     *
     * @return how many were deleted
     */
    int deleteBefore(Instant cutoff);
}
