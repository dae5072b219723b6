package dev.baton.training;

import dev.baton.decision.ActionLabel;
import dev.baton.decision.Decider;
import dev.baton.decision.Evidence;
import dev.baton.decision.Thresholds;
import dev.baton.faq.CorpusTexts;
import dev.baton.faq.FaqCorpus;
import dev.baton.faq.LuceneFaqRetriever;
import dev.baton.faq.LuceneSemanticIndex;
import dev.baton.faq.SemanticSecondOpinion;
import dev.baton.nlu.Features;
import dev.baton.nlu.HybridIntentClassifier;
import dev.baton.nlu.HybridIntentClassifier.Blend;
import dev.baton.nlu.LabelledText;
import dev.baton.nlu.LuceneTokenizer;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.Prediction;
import dev.baton.nlu.SentenceEncoder;
import dev.baton.nlu.TextNormalizer;
import dev.baton.safety.FundsAtRiskRules;
import dev.baton.training.OutOfFold.Held;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code baton train}: cross-validates the pipeline on the corpus's training examples, chooses the blend
 * weight and the decision thresholds on the out-of-fold predictions, then trains the shipped model on
 * every training example. Dev lines are never seen. Deterministic: folds are assigned by position.
 */
public final class CorpusTrainer {

    /**
     * Chosen by cross-validation on the corpus: English character trigrams gained 1.5-2 points of intent
     * accuracy as classifier features; one retriever document per entry gained 2 more over one per example.
     */
    public static final Features FEATURES = Features.WORDS_AND_CHAR_TRIGRAMS;

    public static final LuceneFaqRetriever.Options RETRIEVER = LuceneFaqRetriever.Options.ENTRIES;

    /** Cross-validation looks up this many semantic neighbours; the blend may use fewer. */
    static final List<Integer> SEMANTIC_KS = List.of(5, 10);

    /** The trained classifier, its card, and the semantic index when an encoder was given (else null). */
    public record Result(MaxentIntentClassifier classifier, ModelCard card, LuceneSemanticIndex semanticIndex) {}

    private final LuceneTokenizer tokenizer;
    private final FundsAtRiskRules rules;
    private final MaxentParams params;
    private final int folds;
    private final List<Integer> ks;
    private final Clock clock;
    private final PrintStream log;
    private final SentenceEncoder encoder;

    public CorpusTrainer(
            LuceneTokenizer tokenizer,
            FundsAtRiskRules rules,
            MaxentParams params,
            int folds,
            List<Integer> ks,
            Clock clock,
            PrintStream log) {
        this(tokenizer, rules, params, folds, ks, clock, log, null);
    }

    /**
     * A trainer that also calibrates a semantic second opinion from {@code encoder}'s sentence vectors
     * (null: none).
     */
    public CorpusTrainer(
            LuceneTokenizer tokenizer,
            FundsAtRiskRules rules,
            MaxentParams params,
            int folds,
            List<Integer> ks,
            Clock clock,
            PrintStream log,
            SentenceEncoder encoder) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        this.tokenizer = tokenizer;
        this.rules = rules;
        this.params = params;
        this.folds = folds;
        this.ks = List.copyOf(ks);
        this.clock = clock;
        this.log = log;
        this.encoder = encoder;
    }

    public Result train(FaqCorpus corpus, TextNormalizer normalizer, Decider decider) {
        List<LabelledText> examples = CorpusTexts.examples(corpus, normalizer);
        List<LabelledText> answers = CorpusTexts.answers(corpus, normalizer);
        List<List<float[]>> vectors = encoder == null ? null : encode(examples);
        List<Held> held =
                new OutOfFold(tokenizer, rules, params, folds, ks, encoder).predict(examples, answers, corpus, vectors);
        ThresholdCalibrator calibrator = new ThresholdCalibrator(decider);
        BlendChoice best = null;
        for (int k : ks) {
            BlendChoice choice = choose(held, k, calibrator);
            log.printf(
                    "k=%d: blend weight %.2f, %s, held-out cost %.0f%n",
                    k, choice.weight(), choice.thresholds(), choice.cost());
            if (best == null || choice.cost() < best.cost()) {
                best = choice;
            }
        }
        List<String> firstLabels = new ArrayList<>();
        for (LabelledEvidence row : best.rows()) {
            firstLabels.add(calibrator.label(row, best.thresholds()));
        }
        SecondOpinionChoice second =
                vectors == null ? null : SecondOpinionChoice.choose(held, best, decider, calibrator);
        List<String> labels = second == null ? firstLabels : second.labels(firstLabels);
        ModelCard.CrossValidation metrics = metrics(
                best.rows(),
                labels,
                second == null ? null : round(second.rows().size() / (double) held.size()),
                best.intentAccuracy());
        if (second != null) {
            log.printf(
                    "second opinion on %d of %d held-out rows: weight %.2f, k %d, thresholds %s%n",
                    second.rows().size(), held.size(), second.weight(), second.k(), second.thresholds());
        }
        log.printf(
                "cross-validated (%d folds): intent accuracy %.4f, action accuracy %s, urgent recall %s%n",
                folds, best.intentAccuracy(), metrics.actionAccuracy(), metrics.urgentRecall());
        log.printf("chosen: k %d, blend weight %.2f, thresholds %s%n", best.k(), best.weight(), best.thresholds());

        MaxentIntentClassifier classifier = MaxentTrainer.train(examples, FEATURES.over(tokenizer), params);
        ModelCard.Training training =
                ModelCard.Training.of(params, FEATURES, RETRIEVER, encoder == null ? null : encoder.name());
        ModelCard.SecondOpinion secondOpinion = null;
        LuceneSemanticIndex semanticIndex = null;
        if (second != null) {
            secondOpinion = ModelCard.SecondOpinion.of(
                    new SemanticSecondOpinion.Blend(second.weight(), second.k()), second.thresholds());
            semanticIndex = LuceneSemanticIndex.build(examples, vectors, encoder);
        }
        ModelCard card = new ModelCard(
                corpus.hash(),
                LocalDate.now(clock).toString(),
                examples.size(),
                classifier.labels(),
                training,
                new Blend(best.weight(), best.k()),
                best.thresholds(),
                metrics,
                secondOpinion);
        return new Result(classifier, card, semanticIndex);
    }

    private List<List<float[]>> encode(List<LabelledText> examples) {
        long start = System.nanoTime();
        List<List<float[]>> vectors = LuceneSemanticIndex.vectors(examples, encoder);
        log.printf(
                "encoded %d examples in %d spaces in %.1f s%n",
                examples.size(), encoder.spaces().size(), (System.nanoTime() - start) / 1e9);
        return vectors;
    }

    /** The blend weight (best intent accuracy) and thresholds (least cost) for one k. */
    private BlendChoice choose(List<Held> held, int k, ThresholdCalibrator calibrator) {
        double weight = chooseWeight(held, k);
        List<LabelledEvidence> rows = new ArrayList<>(held.size());
        int intentCorrect = 0;
        for (Held h : held) {
            Prediction p = MaxentIntentClassifier.rank(
                    h.labels(), HybridIntentClassifier.combine(h.signals().get(k), weight));
            intentCorrect += p.intent().equals(h.example().label()) ? 1 : 0;
            rows.add(new LabelledEvidence(
                    h.expected(), Evidence.of(h.example().text(), false, h.risk(), p), h.language()));
        }
        Thresholds thresholds = calibrator.choose(rows);
        return new BlendChoice(
                k, weight, thresholds, calibrator.cost(rows, thresholds), intentCorrect / (double) held.size(), rows);
    }

    private static double chooseWeight(List<Held> held, int k) {
        double bestWeight = 0.5;
        int best = -1;
        for (int w = 0; w <= 20; w++) {
            double weight = w / 20.0;
            int correct = 0;
            for (Held h : held) {
                double[] scores = HybridIntentClassifier.combine(h.signals().get(k), weight);
                correct += h.labels()
                                .get(HybridIntentClassifier.best(scores))
                                .equals(h.example().label())
                        ? 1
                        : 0;
            }
            if (correct > best) {
                best = correct;
                bestWeight = weight;
            }
        }
        return bestWeight;
    }

    private ModelCard.CrossValidation metrics(
            List<LabelledEvidence> rows, List<String> decided, Double secondOpinionShare, double intentAccuracy) {
        int correct = 0;
        int urgent = 0;
        int urgentCaught = 0;
        int fallback = 0;
        int fallbackAnswered = 0;
        for (int i = 0; i < rows.size(); i++) {
            LabelledEvidence row = rows.get(i);
            String actual = decided.get(i);
            correct += actual.equals(row.expected()) ? 1 : 0;
            if (row.expected().equals(ActionLabel.URGENT)) {
                urgent++;
                urgentCaught += actual.equals(ActionLabel.URGENT) ? 1 : 0;
            }
            if (row.expected().equals(ActionLabel.FALLBACK)) {
                fallback++;
                fallbackAnswered += actual.startsWith("faq:") ? 1 : 0;
            }
        }
        return new ModelCard.CrossValidation(
                rows.size(),
                round(correct / (double) rows.size()),
                urgent == 0 ? null : round(urgentCaught / (double) urgent),
                fallback == 0 ? null : round(fallbackAnswered / (double) fallback),
                secondOpinionShare,
                folds,
                round(intentAccuracy));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
