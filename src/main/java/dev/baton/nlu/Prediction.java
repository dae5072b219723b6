package dev.baton.nlu;

import java.util.List;

/** Intents ranked best first. There is always at least one. */
public record Prediction(List<IntentScore> ranked) {

    public Prediction {
        ranked = List.copyOf(ranked);
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a prediction needs at least one intent");
        }
    }

    public IntentScore top() {
        return ranked.get(0);
    }

    public String intent() {
        return top().intent();
    }

    public double confidence() {
        return top().score();
    }

    /** The runner-up, or a zero-score placeholder when the model knows a single intent. */
    public IntentScore second() {
        return ranked.size() > 1 ? ranked.get(1) : new IntentScore("", 0);
    }

    /** Distance between the best and the second best score. */
    public double margin() {
        return confidence() - second().score();
    }
}
