package dev.baton.training;

import dev.baton.decision.Decider;
import dev.baton.decision.Thresholds;
import dev.baton.faq.SemanticVote;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.Prediction;
import dev.baton.training.OutOfFold.Held;
import java.util.ArrayList;
import java.util.List;

/**
 * The semantic second opinion as cross-validation calibrates it: its blend weight, number {@code k} of
 * semantic neighbours and thresholds, chosen on the held-out rows the first decision was unsure of, with
 * those rows ({@code unsure} holds their places among all held-out rows) as the second opinion decides them.
 */
record SecondOpinionChoice(
        double weight,
        int k,
        Thresholds thresholds,
        double cost,
        List<Integer> unsure,
        List<LabelledEvidence> rows,
        ThresholdCalibrator calibrator) {

    /**
     * The second opinion's weight, k and thresholds: least total cost on the held-out rows whose first
     * decision was {@linkplain Decider#unsure unsure}, the only rows it is asked about.
     */
    static SecondOpinionChoice choose(
            List<Held> held, BlendChoice first, Decider decider, ThresholdCalibrator calibrator) {
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            LabelledEvidence row = first.rows().get(i);
            if (Decider.unsure(row.evidence(), decider.decide(row.evidence(), row.language(), first.thresholds()))) {
                unsure.add(i);
            }
        }
        SecondOpinionChoice best = null;
        for (int k : CorpusTrainer.SEMANTIC_KS) {
            for (int w = 2; w <= 8; w++) {
                double weight = w / 10.0;
                List<LabelledEvidence> rows = new ArrayList<>(unsure.size());
                for (int i : unsure) {
                    Held h = held.get(i);
                    double[] lexical =
                            HybridIntentClassifier.combine(h.signals().get(first.k()), first.weight());
                    double[] vote = SemanticVote.shares(
                            h.neighbours(), k, h.indexOf(), h.labels().size());
                    Prediction p = MaxentIntentClassifier.rank(h.labels(), SemanticVote.blend(lexical, vote, weight));
                    LabelledEvidence row = first.rows().get(i);
                    rows.add(new LabelledEvidence(row.expected(), row.evidence().withPrediction(p), row.language()));
                }
                Thresholds thresholds = calibrator.choose(rows);
                double cost = calibrator.cost(rows, thresholds);
                if (best == null || cost < best.cost() - 1e-9) {
                    best = new SecondOpinionChoice(weight, k, thresholds, cost, unsure, rows, calibrator);
                }
            }
        }
        return best;
    }

    /** The first decisions' labels with those of the unsure rows replaced by the second opinion's. */
    List<String> labels(List<String> first) {
        List<String> out = new ArrayList<>(first);
        for (int j = 0; j < unsure.size(); j++) {
            out.set(unsure.get(j), calibrator.label(rows.get(j), thresholds));
        }
        return out;
    }
}
