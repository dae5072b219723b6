package dev.baton.nlu;

import java.util.List;
import java.util.Objects;

/**
 * The labelled texts nearest to a message, as a search index finds them: the second signal the
 * {@link HybridIntentClassifier} blends with maxent. The FAQ retriever is one; the interface lives here so
 * that the classifier does not depend on the corpus that feeds it.
 */
public interface Neighbours {

    /** Labels among the {@code k} nearest texts, best first, each with its summed similarity (>= 0, unbounded). */
    List<Neighbour> nearest(NormalizedText text, int k);

    /** One label and the summed similarity of its texts among the nearest. */
    record Neighbour(String label, double score) {
        public Neighbour {
            Objects.requireNonNull(label, "label");
        }
    }
}
