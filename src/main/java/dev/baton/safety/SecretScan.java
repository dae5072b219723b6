package dev.baton.safety;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link SecretScanner#scan(String)}.
 *
 * @param redacted the scanned text with every finding replaced by {@code [redacted: <label>]}
 * @param findings the secrets found, in text order and never overlapping; offsets refer to the scanned
 *                 (unredacted) text
 */
public record SecretScan(String redacted, List<SecretFinding> findings) {
    public SecretScan {
        Objects.requireNonNull(redacted, "redacted");
        findings = List.copyOf(findings);
    }

    /** Whether at least one secret was found. */
    public boolean found() {
        return !findings.isEmpty();
    }
}
