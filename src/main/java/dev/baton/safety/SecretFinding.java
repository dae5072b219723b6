package dev.baton.safety;

import java.util.Objects;

/**
 * One secret found in a scanned text.
 *
 * @param kind    what was found
 * @param start   offset of the first char (inclusive) in the scanned text
 * @param end     offset after the last char (exclusive) in the scanned text
 * @param certain true when a checksum proved it (BIP-39 checksum or Base58Check); false when it only looks like one
 * @param units   for a {@linkplain SecretKind#partial() part} of a secret, how much of one it holds (words of a
 *                phrase, hex digits of a key); 0 otherwise
 */
public record SecretFinding(SecretKind kind, int start, int end, boolean certain, int units) {
    public SecretFinding {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (units < 0) {
            throw new IllegalArgumentException("units cannot be negative");
        }
    }

    /** A whole secret. */
    public SecretFinding(SecretKind kind, int start, int end, boolean certain) {
        this(kind, start, end, certain, 0);
    }

    /** Whether the two spans share at least one char. */
    boolean overlaps(SecretFinding other) {
        return start < other.end && other.start < end;
    }

    /** The same finding over another span (of the original text, for one found in its readable form). */
    SecretFinding at(int newStart, int newEnd) {
        return new SecretFinding(kind, newStart, newEnd, certain, units);
    }
}
