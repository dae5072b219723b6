package dev.baton.faq;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 with the same scores, minus the cost of describing them: Lucene builds the idf's explanation text
 * (with formatted numbers) for every term it scores, which showed in the decision profile when every query
 * scored its terms, and now would on opening an index, where {@link Bm25Postings} scores every term once.
 * Baton never asks for explanations.
 */
final class LeanBm25Similarity extends BM25Similarity {

    @Override
    public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
        return Explanation.match(idf(termStats.docFreq(), collectionStats.docCount()), "idf");
    }
}
