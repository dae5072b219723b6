package dev.baton.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blends the maxent classifier's probabilities with a nearest-neighbour vote of {@link Neighbours} (the FAQ retriever):
 * {@code score = weight * maxent + (1 - weight) * vote}, where vote is each intent's share of the BM25
 * score of the {@code k} nearest documents (examples or whole entries, per retriever view, see
 * {@code faq.LuceneFaqRetriever}). The vote is the stronger signal for "none of these": an out-of-scope message rarely has close neighbours. The
 * weight is chosen on held-out data.
 *
 * <p>Measured alternatives that did not beat plain shares on CLINC150: a softmax over the neighbours'
 * scores, and scaling the vote (or the confidence) by the best neighbour's score relative to the query's
 * own best possible score: slightly better out-of-scope precision, worse or noisier accuracy.
 */
public final class HybridIntentClassifier implements IntentClassifier {

    private final MaxentIntentClassifier maxent;
    private final Neighbours neighbours;
    private final Blend blend;
    private final Map<String, Integer> indexOf = new HashMap<>();

    /** How the two signals are mixed. */
    public record Blend(double weight, int k) {
        public Blend {
            if (weight < 0 || weight > 1) {
                throw new IllegalArgumentException("weight must be within 0..1: " + weight);
            }
            if (k < 1) {
                throw new IllegalArgumentException("k must be positive: " + k);
            }
        }
    }

    /** The two signals for one message, label-aligned, before blending. */
    public record Signals(double[] maxent, double[] vote) {}

    public HybridIntentClassifier(MaxentIntentClassifier maxent, Neighbours neighbours, Blend blend) {
        this.maxent = maxent;
        this.neighbours = neighbours;
        this.blend = blend;
        List<String> labels = maxent.labels();
        for (int i = 0; i < labels.size(); i++) {
            indexOf.put(labels.get(i), i);
        }
    }

    public List<String> labels() {
        return maxent.labels();
    }

    public MaxentIntentClassifier maxent() {
        return maxent;
    }

    public Neighbours neighbours() {
        return neighbours;
    }

    public Blend blend() {
        return blend;
    }

    /** Both signals, so that calibration can try many weights without classifying again. */
    public Signals signals(NormalizedText text) {
        double[] probabilities = maxent.probabilities(text.text());
        double[] vote = new double[probabilities.length];
        List<Neighbours.Neighbour> hits = neighbours.nearest(text, blend.k());
        double total = 0;
        for (Neighbours.Neighbour hit : hits) {
            total += hit.score();
        }
        if (total > 0) {
            for (Neighbours.Neighbour hit : hits) {
                Integer i = indexOf.get(hit.label());
                if (i != null) {
                    vote[i] = hit.score() / total;
                }
            }
        }
        return new Signals(probabilities, vote);
    }

    /** Index of the highest score (the first of equals). */
    public static int best(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Blends signals with a given weight. */
    public static double[] combine(Signals signals, double weight) {
        double[] out = new double[signals.maxent().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weight * signals.maxent()[i] + (1 - weight) * signals.vote()[i];
        }
        return out;
    }

    @Override
    public Prediction classify(NormalizedText text) {
        return MaxentIntentClassifier.rank(labels(), combine(signals(text), blend.weight()));
    }
}
