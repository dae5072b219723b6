package dev.baton.conversation;

import dev.baton.decision.ReplyLanguage;
import dev.baton.handoff.SlaPolicy;
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
public record Conversation(
        String id,
        String tokenHash,
        String locale,
        String channel,
        ConversationState state,
        DialogueMemory memory,
        long lastSeq,
        long version,
        Instant createdAt,
        Instant updatedAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The website widget's channel; every other channel is a messaging platform whose replies go out by outbox. */
    public static final String WEB = "web";
    /** The channel of a conversation a user started by email. */
    public static final String EMAIL = SlaPolicy.EMAIL;

    /** The language to write to the user in: that of their last message, else of the locale they asked for. */
    public ReplyLanguage language() {
        if (memory.language() != null) {
            return memory.language();
        }
        return languageOf(locale);
    }

    /** The reply language of a locale: {@code en*} English, {@code zh-Hant}, {@code zh-TW}/{@code HK}/{@code MO} Traditional. */
    public static ReplyLanguage languageOf(String locale) {
        if (locale == null) {
            return ReplyLanguage.SIMPLIFIED;
        }
        String l = locale.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (l.startsWith("en")) {
            return ReplyLanguage.ENGLISH;
        }
        if (l.startsWith("zh-hant") || l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-mo")) {
            return ReplyLanguage.TRADITIONAL;
        }
        return l.startsWith("zh") ? ReplyLanguage.SIMPLIFIED : ReplyLanguage.ENGLISH;
    }

    /** Whether replies go to a messaging platform (through the outbox) rather than to the web widget. */
    public boolean messaging() {
        return !WEB.equals(channel);
    }

    /** The same conversation after a turn: new state and memory, {@code appended} more messages. */
    public Conversation next(ConversationState newState, DialogueMemory newMemory, int appended, Instant now) {
        return new Conversation(
                id, tokenHash, locale, channel, newState, newMemory, lastSeq + appended, version + 1, createdAt, now);
    }
}
