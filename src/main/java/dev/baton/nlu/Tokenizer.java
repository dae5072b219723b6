package dev.baton.nlu;

import java.util.List;

/**
 * Splits normalised text into the terms both the intent classifier and the FAQ retriever work on, so the
 * two always see a message the same way. Implementations are thread-safe.
 */
public interface Tokenizer {

    /** Terms of the text, in order: Chinese character unigrams and bigrams, English stems. */
    List<String> terms(String normalizedText);

    /**
     * Classifier features: the terms plus bigrams of neighbouring English stems ("send_wrong"), which
     * carry word order that bags of words lose.
     */
    default List<String> features(String normalizedText) {
        List<String> terms = terms(normalizedText);
        List<String> features = new java.util.ArrayList<>(terms.size() * 2);
        String previous = null;
        for (String term : terms) {
            features.add(term);
            boolean latin = !term.isEmpty() && term.charAt(0) < 0x2E80;
            if (latin && previous != null) {
                features.add(previous + '_' + term);
            }
            previous = latin ? term : null;
        }
        return features;
    }
}
