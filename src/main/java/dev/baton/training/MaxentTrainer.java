package dev.baton.training;

import dev.baton.nlu.LabelledText;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;

/** Offline training of the maxent intent classifier. Never called on the request path. */
public final class MaxentTrainer {

    private MaxentTrainer() {}

    /**
     * Trains on the examples in the order given. Deterministic: the same examples and parameters give a
     * model with the same predictions.
     */
    public static MaxentIntentClassifier train(List<LabelledText> examples, Tokenizer tokenizer, MaxentParams params) {
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (LabelledText example : examples) {
            List<String> features = tokenizer.features(example.text());
            if (!features.isEmpty()) {
                samples.add(new DocumentSample(example.label(), features.toArray(String[]::new)));
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training example has any feature");
        }
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        try {
            DoccatModel model = DocumentCategorizerME.train(
                    "und", new CollectionObjectStream<>(samples), params.toOpenNlp(), factory);
            return new MaxentIntentClassifier(model, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory and cannot fail to read", e);
        }
    }
}
