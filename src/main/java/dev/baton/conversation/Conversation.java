package dev.baton.conversation;

import dev.baton.dialogue.ReplyLanguage;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation as stored.
 *
 * @param tokenHash SHA-256 of the conversation's bearer token (the token itself is never stored)
 * @param locale    the UI locale the client asked for ({@code zh-CN}, {@code en} ...), or null
 * @param channel   {@code web}, {@code telegram} ...
 * @param lastSeq   the seq of its newest message (0 when empty)
 * @param version   bumped by every committed turn; a turn commits only over the version it read
 */
public record Conversation(String id, String tokenHash, String locale, String channel, ConversationState state,
                           DialogueMemory memory, long lastSeq, long version, Instant createdAt, Instant updatedAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The language to write to the user in: that of their last message, else of the locale they asked for. */
    public ReplyLanguage language() {
        if (memory.language() != null) {
            return memory.language();
        }
        return locale != null && locale.startsWith("en") ? ReplyLanguage.ENGLISH : ReplyLanguage.SIMPLIFIED;
    }

    /** The same conversation after a turn: new state and memory, {@code appended} more messages. */
    public Conversation next(ConversationState newState, DialogueMemory newMemory, int appended, Instant now) {
        return new Conversation(id, tokenHash, locale, channel, newState, newMemory, lastSeq + appended, version + 1,
                createdAt, now);
    }
}
