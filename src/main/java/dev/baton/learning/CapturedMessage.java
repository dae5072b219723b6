package dev.baton.learning;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A user message Baton could not answer, as the learning loop keeps it (see {@code conversation.Unanswered}).
 *
 * @param id             its id in the learning loop (not the message's seq)
 * @param seq            the message's position in its conversation
 * @param text           the stored message's text: already redacted
 * @param language       the language Baton answered in: {@code zh-Hans}, {@code zh-Hant} or {@code en}
 * @param decision       {@code clarify}, {@code fallback} or {@code handoff:human}
 * @param reason         the turn's reason code, or null
 * @param intent         the classifier's top intent, or null
 * @param confidence     its confidence
 * @param at             when the message came
 * @param state          whether editors still have it to look at
 */
public record CapturedMessage(
        long id,
        String conversationId,
        long seq,
        String text,
        String language,
        String decision,
        String reason,
        String intent,
        double confidence,
        Instant at,
        State state) {

    /** Where a kept message stands: open until an editor accepts it as an example or dismisses it. */
    public enum State {
        OPEN,
        ACCEPTED,
        DISMISSED;

        /** The stored, lowercase name. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public CapturedMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
    }

    /**
     * The corpus language its text is an example in: Simplified and Traditional Chinese share the entry's
     * {@code zh} examples (Baton reads Traditional as Simplified), the rest {@code en}.
     */
    public String exampleLanguage() {
        return language.startsWith("zh") ? "zh" : "en";
    }
}
