package dev.baton.faq;

import dev.baton.nlu.Neighbours;
import dev.baton.nlu.NormalizedText;
import java.util.List;

/**
 * Finds the corpus entries whose example questions and answers are closest to a message.
 * Implementations are immutable once built and thread-safe.
 */
public interface FaqRetriever extends Neighbours {

    /**
     * Entries among the {@code k} nearest indexed documents, best first, each with the sum of the BM25
     * scores of its documents among those {@code k}. A document is one example or answer, or all texts of
     * an entry in one language, as the index was built; an index with several views (words, character
     * n-grams) takes the {@code k} nearest of each. Empty when nothing matches at all.
     */
    List<FaqHit> search(NormalizedText query, int k);

    /** The hits as the blended classifier reads them: entry ids are its labels. */
    @Override
    default List<Neighbour> nearest(NormalizedText query, int k) {
        return search(query, k).stream()
                .map(hit -> new Neighbour(hit.id(), hit.score()))
                .toList();
    }
}
