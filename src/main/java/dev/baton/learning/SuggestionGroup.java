package dev.baton.learning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Messages Baton could not answer that ask the same thing, as editors see them.
 *
 * @param id             {@code g-} and a hash of its members: a group that gains or loses a message is another
 * @param lastAt         when its newest message came
 * @param terms          the words that set it apart, most telling first
 * @param suggestedEntry the corpus entry most of its messages' top intents named, or null when that is no entry
 * @param messages       newest first
 */
public record SuggestionGroup(
        String id, Instant lastAt, List<String> terms, String suggestedEntry, List<Suggestion> messages) {

    /**
     * One message of a group.
     *
     * @param agentReply where an agent resolved the conversation, the agent's first reply after this message;
     *                   else null
     */
    public record Suggestion(CapturedMessage message, String agentReply) {
        public Suggestion {
            Objects.requireNonNull(message, "message");
        }
    }

    public SuggestionGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lastAt, "lastAt");
        terms = List.copyOf(terms);
        messages = List.copyOf(messages);
    }

    public int size() {
        return messages.size();
    }
}
