package dev.baton.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of an immutable index with the documents it occurs in and the score each of them earns for it,
 * computed once, when the index is opened, by the similarity Lucene's term queries would score with. A search
 * then only adds up its terms' scores per document and keeps the best: no query, weight, scorer or collector
 * objects per search, which were most of the retriever's time on Baton's small index.
 *
 * <p>The ranking is Lucene's own. A term's score for a document is the float Lucene's term scorer computes
 * (the same similarity, collection and term statistics, frequency and norm); a document's score is the sum of
 * its terms' scores taken in double and rounded to float once, as Lucene's disjunctions add them; equal
 * scores rank by document id, as Lucene's top-documents collector does. A double has 29 more bits than a
 * float, so it holds the sum of up to 128 floats spanning fewer than 22 powers of two exactly, in any order
 * (the shipped index's term scores span 9).
 */
final class Bm25Postings {

    /** The documents of one term, ascending, with the term's score in each. */
    private record Postings(int[] docs, float[] scores) {}

    /** The best documents of one search, best first: {@code docs[i]} scored {@code scores[i]}. */
    record Nearest(int size, int[] docs, float[] scores) {
        static final Nearest NONE = new Nearest(0, new int[0], new float[0]);
    }

    private final Map<String, Map<String, Postings>> byField;
    private final int maxDoc;

    private Bm25Postings(Map<String, Map<String, Postings>> byField, int maxDoc) {
        this.byField = byField;
        this.maxDoc = maxDoc;
    }

    /** Reads every field's terms and postings and scores them with {@code similarity} as Lucene would. */
    static Bm25Postings of(IndexReader reader, Similarity similarity) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        Map<String, Map<String, Postings>> byField = new HashMap<>();
        try {
            for (String field : fields(reader)) {
                Terms terms = MultiTerms.getTerms(reader, field);
                CollectionStatistics collection = searcher.collectionStatistics(field);
                if (terms == null || collection == null) {
                    continue;
                }
                byField.put(field, postings(searcher, similarity, field, terms, collection));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index's postings failed", e);
        }
        return new Bm25Postings(byField, reader.maxDoc());
    }

    private static Set<String> fields(IndexReader reader) {
        Set<String> fields = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                fields.add(field.name);
            }
        }
        return fields;
    }

    private static Map<String, Postings> postings(
            IndexSearcher searcher, Similarity similarity, String field, Terms terms, CollectionStatistics collection)
            throws IOException {
        long[] norms = norms(searcher.getIndexReader(), field);
        Map<String, Postings> byTerm = new HashMap<>();
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            Term copy = new Term(field, BytesRef.deepCopyOf(term));
            Similarity.SimScorer scorer =
                    similarity.scorer(1f, collection, searcher.termStatistics(copy, it.docFreq(), it.totalTermFreq()));
            postings = it.postings(postings, PostingsEnum.FREQS);
            int[] docs = new int[it.docFreq()];
            float[] scores = new float[docs.length];
            int n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[n] = doc;
                scores[n] = scorer.score(postings.freq(), norms[doc]);
                n++;
            }
            byTerm.put(copy.text(), new Postings(docs, scores));
        }
        return byTerm;
    }

    /** Each document's encoded norm in the field; 1 when the field keeps none (as Lucene's leaf scorer takes it). */
    private static long[] norms(IndexReader reader, String field) throws IOException {
        long[] norms = new long[reader.maxDoc()];
        NumericDocValues values = MultiDocValues.getNormValues(reader, field);
        if (values == null) {
            Arrays.fill(norms, 1L);
            return norms;
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            norms[doc] = values.longValue();
        }
        return norms;
    }

    /** Whether any document has the field. */
    boolean has(String field) {
        return byField.containsKey(field);
    }

    /**
     * The {@code k} best documents for a disjunction of the first {@code maxTerms} distinct {@code terms} over
     * the fields, best first; terms the index lacks count towards {@code maxTerms} but match nothing.
     */
    Nearest nearest(List<String> fields, List<String> terms, int maxTerms, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        double[] sums = null;
        int[] matched = null;
        int count = 0;
        Set<String> seen = new HashSet<>();
        for (String term : terms) {
            if (!seen.add(term)) {
                continue;
            }
            if (seen.size() > maxTerms) {
                break;
            }
            for (String field : fields) {
                Map<String, Postings> byTerm = byField.get(field);
                Postings postings = byTerm == null ? null : byTerm.get(term);
                if (postings == null) {
                    continue;
                }
                if (sums == null) {
                    sums = new double[maxDoc];
                    matched = new int[maxDoc];
                }
                for (int i = 0; i < postings.docs.length; i++) {
                    int doc = postings.docs[i];
                    if (sums[doc] == 0) { // a term's score is positive: zero means not matched yet
                        matched[count++] = doc;
                    }
                    sums[doc] += postings.scores[i];
                }
            }
        }
        return count == 0 ? Nearest.NONE : best(sums, matched, count, k);
    }

    private static Nearest best(double[] sums, int[] matched, int count, int k) {
        int[] docs = new int[Math.min(k, count)];
        float[] scores = new float[docs.length];
        int size = 0;
        for (int m = 0; m < count; m++) {
            int doc = matched[m];
            float score = (float) sums[doc];
            if (size == docs.length && !ranksBefore(score, doc, scores[size - 1], docs[size - 1])) {
                continue;
            }
            int i = size == docs.length ? size - 1 : size++;
            while (i > 0 && ranksBefore(score, doc, scores[i - 1], docs[i - 1])) {
                docs[i] = docs[i - 1];
                scores[i] = scores[i - 1];
                i--;
            }
            docs[i] = doc;
            scores[i] = score;
        }
        return new Nearest(size, docs, scores);
    }

    private static boolean ranksBefore(float score, int doc, float otherScore, int otherDoc) {
        return score > otherScore || score == otherScore && doc < otherDoc;
    }
}
