package dev.baton.nlu.training;

import dev.baton.dialogue.ActionLabel;

/**
 * What a wrong decision costs, for choosing thresholds. Missing an emergency is by far the worst; a wrong
 * or unwanted FAQ answer is worse than asking back, because a confident wrong answer misleads.
 */
final class DecisionCost {

    private DecisionCost() {
    }

    static double of(String expected, String actual) {
        if (expected.equals(actual)) {
            return 0;
        }
        if (expected.equals(ActionLabel.URGENT)) {
            return 20;
        }
        if (actual.equals(ActionLabel.URGENT)) {
            return 2;
        }
        if (actual.startsWith("faq:")) {
            return 4;
        }
        if (actual.equals(ActionLabel.FALLBACK)) {
            return 1;
        }
        return 2;
    }
}
