package dev.baton.decision;

import dev.baton.nlu.Language;
import dev.baton.nlu.Prediction;
import java.util.Objects;

/**
 * A decided message.
 *
 * @param text       the message as Baton keeps it: secrets redacted, cut to the analysed length
 * @param replyLanguage the language Baton answers this message in
 * @param truncated  whether the message was longer than Baton analyses and was cut
 */
public record Outcome(
        String text,
        Language language,
        ReplyLanguage replyLanguage,
        Prediction prediction,
        Decision decision,
        boolean truncated) {
    public Outcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(replyLanguage, "replyLanguage");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(decision, "decision");
    }
}
