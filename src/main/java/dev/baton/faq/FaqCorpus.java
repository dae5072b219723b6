package dev.baton.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything in {@code faq-corpus/}: the entries in a stable order, the synonym groups, and a hash of
 * the files that shape the model, used to tell a stale model from a fresh one.
 */
public final class FaqCorpus {

    private final Map<String, FaqEntry> entries = new LinkedHashMap<>();
    private final Synonyms synonyms;
    private final String hash;

    public FaqCorpus(List<FaqEntry> entries, Synonyms synonyms, String hash) {
        for (FaqEntry entry : entries) {
            if (this.entries.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate id " + entry.id());
            }
        }
        for (FaqEntry entry : entries) {
            for (String followUp : entry.followUps()) {
                if (!this.entries.containsKey(followUp)) {
                    throw new IllegalArgumentException(entry.id() + ": follow-up '" + followUp + "' is not an id");
                }
            }
        }
        this.synonyms = synonyms;
        this.hash = hash;
    }

    public List<FaqEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public List<FaqEntry> ofKind(Kind kind) {
        return entries.values().stream().filter(e -> e.kind() == kind).toList();
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    /** SHA-256 (hex) of the corpus files that training reads. */
    public String hash() {
        return hash;
    }
}
