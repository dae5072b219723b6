package dev.baton.report;

import dev.baton.conversation.Sender;
import java.time.Instant;
import java.util.Objects;

/**
 * What the report needs of one stored message: who wrote it, when, and for Baton's replies what the decision
 * trail says. No text, except the user's message Baton asked back on.
 *
 * @param action  the trail's action code ({@code answer}, {@code clarify} ...), null without a trail
 * @param intent  the trail's intent, or null
 * @param askedOn for a {@code clarify}, the user message it answered (redacted as stored), else null
 */
public record MessageFact(Sender sender, Instant at, String action, String intent, String askedOn) {
    public MessageFact {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(at, "at");
    }
}
