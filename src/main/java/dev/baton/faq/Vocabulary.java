package dev.baton.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of an immutable index with its resolved {@link TermStates}, read once when the index is
 * opened. Queries built from it skip the terms-dictionary look-ups that otherwise dominate searching a
 * small index, and terms the index does not have are known without a look-up.
 */
final class Vocabulary {

    private final Map<String, Map<String, TermStates>> byField;

    private Vocabulary(Map<String, Map<String, TermStates>> byField) {
        this.byField = byField;
    }

    static Vocabulary of(IndexReader reader) {
        Map<String, Map<String, TermStates>> byField = new HashMap<>();
        IndexReaderContext top = reader.getContext();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    Map<String, TermStates> states = byField.computeIfAbsent(field.name, f -> new HashMap<>());
                    TermsEnum it = terms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        TermStates s = states.computeIfAbsent(term.utf8ToString(), t -> new TermStates(top));
                        s.register(it.termState(), leaf.ord, it.docFreq(), it.totalTermFreq());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index's terms failed", e);
        }
        return new Vocabulary(byField);
    }

    /** Whether any document has the field. */
    boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The term's states in a field, or null when no document has it. */
    TermStates states(String field, String term) {
        Map<String, TermStates> states = byField.get(field);
        return states == null ? null : states.get(term);
    }
}
