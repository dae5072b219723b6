package dev.baton.bench;

import dev.baton.decision.ActionLabel;
import java.util.Objects;

/**
 * A labelled message of a learning-loop set: what Baton should do with it ({@code expect}) and what it asks
 * about ({@code topic}: the id of the FAQ entry that answers it, else a name of the set's own; a set may write
 * an entry's topic as {@code faq:<id>}, read as the bare id).
 */
public record LearningCase(String id, String text, String lang, String expect, String topic) {
    public LearningCase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(topic, "topic");
        if (!ActionLabel.isValid(expect)) {
            throw new IllegalArgumentException("not an action label: " + expect);
        }
        topic = topic.startsWith("faq:") ? topic.substring(4) : topic;
        if (topic.isBlank()) {
            throw new IllegalArgumentException("a topic is required");
        }
    }
}
