package dev.baton.faq;

import dev.baton.nlu.IntentScore;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.NormalizedText;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SecondOpinion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second opinion from meaning rather than shared words: the first ranking blended with a vote of the
 * message's nearest training examples in sentence-vector space ({@link SemanticVote}). Weight and
 * {@code k} are chosen by cross-validation and kept in the model card. Thread-safe.
 */
public final class SemanticSecondOpinion implements SecondOpinion {

    /** How the vote is taken and mixed in. */
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

    private final LuceneSemanticIndex index;
    private final List<String> labels;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Blend blend;

    public SemanticSecondOpinion(LuceneSemanticIndex index, List<String> labels, Blend blend) {
        this.index = index;
        this.labels = List.copyOf(labels);
        this.blend = blend;
        for (int i = 0; i < this.labels.size(); i++) {
            indexOf.put(this.labels.get(i), i);
        }
    }

    @Override
    public Prediction refine(NormalizedText text, Prediction first) {
        double[] lexical = new double[labels.size()];
        for (IntentScore score : first.ranked()) {
            Integer at = indexOf.get(score.intent());
            if (at != null) {
                lexical[at] = score.score();
            }
        }
        double[] vote = SemanticVote.shares(index.neighbours(text.text(), blend.k()), blend.k(), indexOf,
                labels.size());
        return MaxentIntentClassifier.rank(labels, SemanticVote.blend(lexical, vote, blend.weight()));
    }
}
