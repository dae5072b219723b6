package dev.baton.safety;

import java.util.Objects;

/**
 * One secret found in a scanned text.
 *
 * @param kind    what was found
 * @param start   offset of the first char (inclusive) in the scanned text
 * @param end     offset after the last char (exclusive) in the scanned text
 * @param certain true when a checksum proved it (BIP-39 checksum or Base58Check); false when it only looks like one
 */
public record SecretFinding(SecretKind kind, int start, int end, boolean certain) {
    public SecretFinding {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Whether the two spans share at least one char. */
    boolean overlaps(SecretFinding other) {
        return start < other.end && other.start < end;
    }
}
