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

    /** Whether anything was found, whole secrets or held parts. */
    public boolean found() {
        return !findings.isEmpty();
    }

    /** Whether a whole secret was found (not only parts held back, or a string only the user can name). */
    public boolean exposed() {
        for (SecretFinding f : findings) {
            if (!f.kind().partial()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a 64-hex string was held back that may be a transaction hash or a private key. */
    public boolean hashOrKey() {
        for (SecretFinding f : findings) {
            if (f.kind() == SecretKind.HASH_OR_KEY) {
                return true;
            }
        }
        return false;
    }
}
