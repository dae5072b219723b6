package dev.baton.faq;

import java.util.Objects;

/** One corpus entry (FAQ or other intent) found for a query, with its summed BM25 score. */
public record FaqHit(String id, double score) {
    public FaqHit {
        Objects.requireNonNull(id, "id");
    }
}
