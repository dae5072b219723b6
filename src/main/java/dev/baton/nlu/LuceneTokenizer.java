package dev.baton.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene analysis shared by classifier and retriever: Unicode word segmentation, Chinese characters as
 * unigrams plus overlapping bigrams (robust to segmentation errors and typos, no dictionary needed),
 * English words Porter-stemmed. No stop words: measurement showed removing them does not help.
 *
 * <p>A second analysis, {@link #charGrams}, gives the character 3-5-grams of each word. It is for the
 * retriever only: it matches typos and inflections the stemmer misses and costs Lucene little, but as
 * classifier features it would multiply the maxent model's size and training time.
 *
 * <p>A third, {@link #words}, is for people to read: the words a message shares with others like it, as typed.
 */
public final class LuceneTokenizer implements Tokenizer {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new CJKBigramFilter(
                    stream,
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    true);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private final Analyzer charGramAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            // Words shorter than three characters are kept whole.
            TokenStream stream = new NGramTokenFilter(new LowerCaseFilter(source), 3, 5, true);
            return new TokenStreamComponents(source, stream);
        }
    };

    private final Analyzer wordAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new CJKBigramFilter(
                    stream,
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                    false);
            return new TokenStreamComponents(source, new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }
    };

    /** The analyzer itself, for building Lucene indexes that must agree with {@link #terms}. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The analyzer of {@link #charGrams}, for index fields that must agree with it. */
    public Analyzer charGramAnalyzer() {
        return charGramAnalyzer;
    }

    @Override
    public List<String> terms(String normalizedText) {
        return analyze(analyzer, normalizedText);
    }

    /**
     * The words of a text as a person reads them, for labels: Chinese as character bigrams (a lone character
     * stays whole), other words lowercased but not stemmed, English stop words left out.
     */
    public List<String> words(String normalizedText) {
        return analyze(wordAnalyzer, normalizedText);
    }

    /** Character 3-5-grams of each word (whole words when shorter), in order. */
    public List<String> charGrams(String normalizedText) {
        return analyze(charGramAnalyzer, normalizedText);
    }

    private static List<String> analyze(Analyzer analyzer, String normalizedText) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalizedText)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }
}
