package dev.baton.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * The classifier's feature sets, chosen per corpus by measurement and named in the model card so a loaded
 * model always gets the features it was trained with.
 */
public enum Features {

    /** {@link Tokenizer#features}: CJK character unigrams and bigrams, stemmed English words and word bigrams. */
    WORDS,

    /**
     * {@link #WORDS} plus character trigrams of each English word ("#<ad", "#add" ...), which keep a typo
     * ("adress", "recieve") close to the word it misspells. Cross-validated on Baton's corpus: +1.5 to 2
     * points of intent accuracy; too costly for L-BFGS on 150-class benchmarks.
     */
    WORDS_AND_CHAR_TRIGRAMS;

    /** A tokenizer that produces this feature set on top of the shared terms. */
    public Tokenizer over(Tokenizer base) {
        if (this == WORDS) {
            return base;
        }
        return new Tokenizer() {
            @Override
            public List<String> terms(String normalizedText) {
                return base.terms(normalizedText);
            }

            @Override
            public List<String> features(String normalizedText) {
                List<String> features = new ArrayList<>(base.features(normalizedText));
                addTrigrams(normalizedText, features);
                return features;
            }
        };
    }

    static void addTrigrams(String text, List<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isLatinAlnum(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String padded = "<" + text.substring(start, i) + ">";
                for (int j = 0; j + 3 <= padded.length(); j++) {
                    out.add("#" + padded.substring(j, j + 3));
                }
                start = -1;
            }
        }
    }

    private static boolean isLatinAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
