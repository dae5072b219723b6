package dev.baton.training;

import dev.baton.decision.ActionLabel;

/**
 * What a wrong decision costs, for choosing thresholds. The scale follows the evaluation's action
 * accuracy (every wrong action costs about 1) with the two safety constraints priced in: missing an
 * emergency is by far the worst, and answering a message that should get no FAQ answer at all is next.
 * A wrong FAQ answer costs a little more than asking back, because a confident wrong answer misleads.
 */
final class DecisionCost {

    private DecisionCost() {}

    static double of(String expected, String actual) {
        if (expected.equals(actual)) {
            return 0;
        }
        if (expected.equals(ActionLabel.URGENT)) {
            return 20;
        }
        if (actual.startsWith("faq:")) {
            if (expected.equals(ActionLabel.FALLBACK)) {
                return 8;
            }
            return expected.startsWith("faq:") ? 1.5 : 2;
        }
        if (actual.equals(ActionLabel.URGENT)) {
            return 1.5;
        }
        return 1;
    }
}
