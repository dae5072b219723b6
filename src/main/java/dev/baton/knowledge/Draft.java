package dev.baton.knowledge;

import java.time.Instant;

/**
 * The editors' shared working copy of the corpus.
 *
 * @param revision counts saves; a save must name the revision it was made on
 * @param base     the version the draft was started from (or last reset to)
 */
public record Draft(long revision, long base, CorpusFiles files, Instant updatedAt, String updatedBy) {}
