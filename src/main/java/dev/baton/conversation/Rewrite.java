package dev.baton.conversation;

import java.util.Objects;

/**
 * An earlier user message redacted after the fact: a later message showed it held part of a secret. The
 * turn that finds this rewrites the message, and the platform delivery it came in, in its own transaction.
 *
 * @param message the message as stored until now
 * @param after   its text with the part redacted
 */
public record Rewrite(Message message, String after) {
    public Rewrite {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(after, "after");
    }

    public long seq() {
        return message.seq();
    }

    public String before() {
        return message.text();
    }

    /** The message as it reads from now on. */
    public Message redacted() {
        return new Message(
                message.conversationId(),
                message.seq(),
                message.sender(),
                after,
                message.quickReplies(),
                message.decision(),
                message.createdAt());
    }
}
