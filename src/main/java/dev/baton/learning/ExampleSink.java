package dev.baton.learning;

import java.util.List;

/**
 * Where accepted messages go to teach Baton: the shared draft of the corpus implements this port, and the
 * messages become examples of one of its entries, in their language, published with the draft.
 */
public interface ExampleSink {

    /**
     * Adds {@code examples} to entry {@code entryId} of the draft, if the draft is still at {@code revision}.
     * Throws the draft's own refusal (a stale revision, an unknown entry) and then adds nothing; the messages
     * are marked accepted only after this returns.
     *
     * @param agentId the editor who accepted them
     * @return the draft's revision after the change
     */
    int accept(long revision, String entryId, List<AcceptedExample> examples, String agentId);
}
