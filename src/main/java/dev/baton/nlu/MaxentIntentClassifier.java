package dev.baton.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * OpenNLP maximum-entropy document categoriser over {@link Tokenizer#features} of a message.
 *
 * <p>Features are computed by Baton's tokenizer and handed to OpenNLP's bag-of-words generator, so the
 * model file carries no feature-generator settings that could be lost when it is loaded again.
 * {@link DocumentCategorizerME} keeps no per-call state; a test checks that one instance gives identical
 * results from several threads.
 */
public final class MaxentIntentClassifier implements IntentClassifier {

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;
    private final Tokenizer tokenizer;
    private final List<String> labels;

    public MaxentIntentClassifier(DoccatModel model, Tokenizer tokenizer) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
        this.tokenizer = tokenizer;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            names.add(categorizer.getCategory(i));
        }
        this.labels = List.copyOf(names);
    }

    public static MaxentIntentClassifier load(InputStream in, Tokenizer tokenizer) throws IOException {
        return new MaxentIntentClassifier(new DoccatModel(in), tokenizer);
    }

    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Intent labels in the order {@link #probabilities} uses. */
    public List<String> labels() {
        return labels;
    }

    /** Probability of every label, indexed like {@link #labels()}. */
    public double[] probabilities(String normalizedText) {
        List<String> features = tokenizer.features(normalizedText);
        if (features.isEmpty()) {
            // No evidence at all: a flat distribution, which every threshold rejects.
            double[] flat = new double[labels.size()];
            Arrays.fill(flat, 1.0 / labels.size());
            return flat;
        }
        return categorizer.categorize(features.toArray(String[]::new));
    }

    @Override
    public Prediction classify(NormalizedText text) {
        return rank(labels, probabilities(text.text()));
    }

    /** Turns label-aligned scores into a ranked prediction. */
    public static Prediction rank(List<String> labels, double[] scores) {
        List<IntentScore> ranked = new ArrayList<>(labels.size());
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new IntentScore(labels.get(i), scores[i]));
        }
        ranked.sort(Comparator.comparingDouble(IntentScore::score).reversed().thenComparing(IntentScore::intent));
        return new Prediction(ranked);
    }
}
