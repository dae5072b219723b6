package dev.baton.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.baton.decision.Thresholds;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.SemanticSecondOpinion;
import dev.baton.nlu.Features;
import dev.baton.nlu.HybridIntentClassifier.Blend;
import java.util.List;
import java.util.Objects;

/**
 * What {@code models/model-card.json} says about the shipped model: where it came from, how it was
 * trained, how well it did under cross-validation, and the thresholds chosen from that. Written and read by
 * {@link ModelStore} as JSON whose fields are this record's components.
 *
 * @param corpusHash  {@link dev.baton.faq.FaqCorpus#hash()} of the corpus it was trained on
 * @param trainedOn   the date of training (ISO-8601)
 * @param examples    training examples used (held-out dev lines excluded)
 * @param labels      the intents the model knows
 * @param training    how the classifier and the retriever index were built
 * @param blend       the blend of maxent and retriever vote
 * @param thresholds  decision thresholds
 * @param crossValidation out-of-fold metrics the thresholds were chosen on
 * @param secondOpinion the semantic second opinion, or null for a model without one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCard(
        String corpusHash,
        String trainedOn,
        int examples,
        List<String> labels,
        Training training,
        Blend blend,
        Thresholds thresholds,
        CrossValidation crossValidation,
        SecondOpinion secondOpinion) {
    public ModelCard {
        Objects.requireNonNull(corpusHash, "corpusHash");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(blend, "blend");
        Objects.requireNonNull(thresholds, "thresholds");
        labels = List.copyOf(labels);
    }

    /**
     * The trainer's parameters, the classifier's features and the retriever index's layout, so a loaded
     * model gets what it was trained with.
     *
     * @param algorithm the OpenNLP trainer ({@code MAXENT_QN})
     * @param encoder   the {@link dev.baton.nlu.SentenceEncoder#name()} of the second opinion's vectors, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Training(
            String algorithm,
            int iterations,
            double l2Cost,
            double l1Cost,
            int cutoff,
            int threads,
            Features features,
            boolean retrieverOnePerEntry,
            boolean retrieverCharGrams,
            String encoder) {
        public Training {
            Objects.requireNonNull(features, "features");
        }

        /** What a run with {@code params}, {@code features} and {@code retriever} records; encoder may be null. */
        public static Training of(
                MaxentParams params, Features features, LuceneFaqRetriever.Options retriever, String encoder) {
            return new Training(
                    MaxentParams.ALGORITHM,
                    params.iterations(),
                    params.l2(),
                    MaxentParams.L1,
                    params.cutoff(),
                    params.threads(),
                    features,
                    retriever.onePerEntry(),
                    retriever.englishCharGrams(),
                    encoder);
        }

        /** The layout of the retriever index the model was trained beside. */
        public LuceneFaqRetriever.Options retriever() {
            return new LuceneFaqRetriever.Options(retrieverOnePerEntry, retrieverCharGrams);
        }
    }

    /**
     * Out-of-fold metrics. A rate is null when the corpus has no example it applies to, and
     * {@code secondOpinionShare} when there is no second opinion.
     *
     * @param heldOutExamples           examples predicted out of fold
     * @param actionAccuracy            share decided as their entry expects
     * @param urgentRecall              share of the urgent examples handed off urgently
     * @param falseAnswerRateOnFallback share of the examples Baton should not answer that got a FAQ answer
     * @param secondOpinionShare        share of the decisions the second opinion was asked about
     * @param folds                     cross-validation folds
     * @param intentAccuracy            share whose top intent was right
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CrossValidation(
            int heldOutExamples,
            double actionAccuracy,
            Double urgentRecall,
            Double falseAnswerRateOnFallback,
            Double secondOpinionShare,
            int folds,
            double intentAccuracy) {}

    /**
     * The semantic second opinion's blend and its own thresholds, asked only when the first decision is
     * unsure. Flat in the card: {@code weight}, {@code k}, {@code answer}, {@code margin}, {@code urgent}.
     */
    public record SecondOpinion(double weight, int k, double answer, double margin, double urgent) {
        public SecondOpinion {
            new SemanticSecondOpinion.Blend(weight, k);
            new Thresholds(answer, margin, urgent);
        }

        public static SecondOpinion of(SemanticSecondOpinion.Blend blend, Thresholds thresholds) {
            return new SecondOpinion(
                    blend.weight(), blend.k(), thresholds.answer(), thresholds.margin(), thresholds.urgent());
        }

        public SemanticSecondOpinion.Blend blend() {
            return new SemanticSecondOpinion.Blend(weight, k);
        }

        public Thresholds thresholds() {
            return new Thresholds(answer, margin, urgent);
        }
    }
}
