package dev.baton.safety;

import java.util.Arrays;

/**
 * The words of one candidate phrase while a detector walks a text: span and 11-bit value of each word, or
 * {@link #UNKNOWN} for a word that may be a typo. Owned by a single scan; not thread-safe.
 */
final class WordRun {
    static final int UNKNOWN = -1;

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] values = new int[32];
    private int size;
    private boolean joined;

    void add(int start, int end, int value) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int value(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
        joined = false;
    }

    /** Marks the run as holding words that were written without separators (never so in a sentence). */
    void markJoined() {
        joined = true;
    }

    boolean joined() {
        return joined;
    }

    /**
     * Length of the longest stretch of {@code [from, to)} holding at most {@code maxUnknown} words whose
     * value is {@link #UNKNOWN}.
     */
    int longestWindow(int from, int to, int maxUnknown) {
        int best = 0;
        int unknown = 0;
        int left = from;
        for (int right = from; right < to; right++) {
            if (values[right] == UNKNOWN) {
                unknown++;
            }
            while (unknown > maxUnknown) {
                if (values[left++] == UNKNOWN) {
                    unknown--;
                }
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
