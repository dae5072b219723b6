package dev.baton.training;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.Decider;
import dev.baton.decision.Thresholds;
import java.util.List;

/**
 * Chooses the decision thresholds that minimise the total {@link DecisionCost} of the policy's decisions
 * on held-out (out-of-fold) predictions. Among equally good settings the first in grid order wins, so
 * the result is deterministic.
 */
final class ThresholdCalibrator {

    private final Decider decider;

    ThresholdCalibrator(Decider decider) {
        this.decider = decider;
    }

    Thresholds choose(List<LabelledEvidence> rows) {
        Thresholds best = null;
        double bestCost = Double.MAX_VALUE;
        for (int a = 2; a <= 16; a++) {
            for (int m = 0; m <= 8; m++) {
                for (int u = 3; u <= 14; u++) {
                    Thresholds t = new Thresholds(a / 20.0, m / 20.0, u / 20.0);
                    double cost = cost(rows, t);
                    if (cost < bestCost - 1e-9) {
                        bestCost = cost;
                        best = t;
                    }
                }
            }
        }
        return best;
    }

    double cost(List<LabelledEvidence> rows, Thresholds t) {
        double total = 0;
        for (LabelledEvidence row : rows) {
            total += DecisionCost.of(row.expected(), label(row, t));
        }
        return total;
    }

    String label(LabelledEvidence row, Thresholds t) {
        return ActionLabel.of(decider.decide(row.evidence(), row.language(), t));
    }
}
