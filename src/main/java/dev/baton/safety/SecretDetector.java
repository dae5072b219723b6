package dev.baton.safety;

import java.util.List;

/** One family of secrets the {@link SecretScanner} looks for. Implementations are immutable and thread-safe. */
interface SecretDetector {

    /**
     * Appends every secret found in {@code text} (a {@link ReadableText}) to {@code out}; findings may overlap
     * those of other detectors.
     */
    void detect(String text, ScanContext context, List<SecretFinding> out);
}
