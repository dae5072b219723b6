package dev.baton.nlu;

import java.util.Objects;

/** One intent and how strongly the classifier believes in it (0..1). */
public record IntentScore(String intent, double score) {
    public IntentScore {
        Objects.requireNonNull(intent, "intent");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN for " + intent);
        }
    }
}
