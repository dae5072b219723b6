package dev.baton.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.nlu.MaxentIntentClassifier;
import dev.baton.nlu.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code models/}: the OpenNLP model file and its model card. Writes go to temporary
 * files first and are moved into place, so a crash never leaves a half-written model.
 */
public final class ModelStore {

    public static final String MODEL_FILE = "intent-maxent.bin";
    public static final String CARD_FILE = "model-card.json";
    /** The retriever's Lucene index, built from the same corpus in the same training run. */
    public static final String INDEX_DIR = "faq-index";
    /** The training examples' sentence vectors for the semantic second opinion, from the same run. */
    public static final String SEMANTIC_DIR = "semantic-index";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ModelStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public void save(MaxentIntentClassifier classifier, ModelCard card) throws IOException {
        Files.createDirectories(dir);
        Path modelTmp = dir.resolve(MODEL_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(modelTmp)) {
            classifier.save(out);
        }
        Path cardTmp = dir.resolve(CARD_FILE + ".tmp");
        json.writeValue(cardTmp.toFile(), card);
        Files.move(
                modelTmp, dir.resolve(MODEL_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(
                cardTmp, dir.resolve(CARD_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public ModelCard card() throws IOException {
        return json.readValue(dir.resolve(CARD_FILE).toFile(), ModelCard.class);
    }

    public MaxentIntentClassifier classifier(Tokenizer tokenizer) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(MODEL_FILE))) {
            return MaxentIntentClassifier.load(in, tokenizer);
        }
    }
}
