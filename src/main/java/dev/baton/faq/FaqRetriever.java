package dev.baton.faq;

import dev.baton.nlu.NormalizedText;
import java.util.List;

/**
 * Finds the corpus entries whose example questions and answers are closest to a message.
 * Implementations are immutable once built and thread-safe.
 */
public interface FaqRetriever {

    /**
     * Entries among the {@code k} nearest indexed texts, best first, each with the sum of the BM25
     * scores of its texts among those {@code k}. Empty when nothing matches at all.
     */
    List<FaqHit> search(NormalizedText query, int k);
}
