package dev.baton.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code models/model-card.json} says about the shipped model: where it came from, how it was
 * trained, how well it did under cross-validation, and the thresholds chosen from that.
 *
 * @param corpusHash  {@link dev.baton.faq.FaqCorpus#hash()} of the corpus it was trained on
 * @param trainedOn   the date of training (ISO-8601)
 * @param examples    training examples used (held-out dev lines excluded)
 * @param labels      the intents the model knows
 * @param training    trainer parameters
 * @param blend       the blend of maxent and retriever vote ({@code weight}, {@code k})
 * @param thresholds  decision thresholds ({@code answer}, {@code margin}, {@code urgent})
 * @param crossValidation out-of-fold metrics the thresholds were chosen on
 * @param secondOpinion the semantic second opinion ({@code weight}, {@code k} and its own {@code answer},
 *                      {@code margin}, {@code urgent} thresholds), or null for a model without one
 */
public record ModelCard(String corpusHash, String trainedOn, int examples, List<String> labels,
                        Map<String, Object> training, Map<String, Double> blend,
                        Map<String, Double> thresholds, Map<String, Object> crossValidation,
                        Map<String, Double> secondOpinion) {
    public ModelCard {
        Objects.requireNonNull(corpusHash, "corpusHash");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(blend, "blend");
        labels = List.copyOf(labels);
    }

    public ModelCard(String corpusHash, String trainedOn, int examples, List<String> labels,
                     Map<String, Object> training, Map<String, Double> blend, Map<String, Double> thresholds,
                     Map<String, Object> crossValidation) {
        this(corpusHash, trainedOn, examples, labels, training, blend, thresholds, crossValidation, null);
    }
}
