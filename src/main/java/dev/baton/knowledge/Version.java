package dev.baton.knowledge;

import java.time.Instant;

/** A published version (its model is read apart: {@link KnowledgeStore#model}). */
public record Version(
        long number,
        String author,
        Instant publishedAt,
        String note,
        String corpusHash,
        CorpusFiles files,
        String card,
        String gate,
        String changes) {}
