package dev.baton.training;

import dev.baton.decision.Thresholds;
import java.util.List;

/**
 * What cross-validation chose for one number {@code k} of lexical neighbours: the blend weight with the best
 * intent accuracy, the thresholds with the least cost on the held-out rows, and those rows as decided with them.
 */
record BlendChoice(
        int k, double weight, Thresholds thresholds, double cost, double intentAccuracy, List<LabelledEvidence> rows) {}
