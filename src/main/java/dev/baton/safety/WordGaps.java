package dev.baton.safety;

/**
 * How the words of a run are separated, which tells a pasted list of words from a sentence or a list of
 * topics: a part of a phrase keeps one separator throughout.
 */
final class WordGaps {

    private WordGaps() {}

    /**
     * Whether words {@code [from, to)} are written as a list, every one separated from the next by a comma, a
     * line break or a number ("curtain,staff,section,put", "1:join 2:cell"): not how a sentence is written,
     * however everyday its words.
     */
    static boolean listed(String text, WordRun run, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!marked(text, run.end(k - 1), run.start(k))) {
                return false;
            }
        }
        return true;
    }

    /** The longest stretch of {@code [from, to)} whose words are all separated alike (by spaces, or by marks). */
    static int[] uniformStretch(String text, WordRun run, int from, int to) {
        int[] best = {from, from + 1};
        int start = from;
        int kind = -1;
        for (int k = from + 1; k <= to; k++) {
            int gap = k < to ? (marked(text, run.end(k - 1), run.start(k)) ? 1 : 0) : -2;
            if (gap != kind && k - 1 > start && k - start > best[1] - best[0]) {
                best = new int[] {start, k};
            }
            if (gap != kind) {
                start = k - 1;
            }
            kind = gap;
        }
        return best;
    }

    /**
     * Whether words {@code [from, to)} are separated sometimes by spaces alone and sometimes by a comma, line
     * break or number: a list of topics ("hidden token, transfer limit, message"). Words run together count
     * as neither.
     */
    static boolean mixed(String text, WordRun run, int from, int to) {
        boolean plain = false;
        boolean other = false;
        for (int k = from + 1; k < to; k++) {
            int gapFrom = run.end(k - 1);
            int gapTo = run.start(k);
            if (gapFrom == gapTo) {
                continue;
            }
            boolean spaces = text.substring(gapFrom, gapTo).chars().allMatch(c -> c == ' ');
            plain |= spaces;
            other |= !spaces;
        }
        return plain && other;
    }

    /** Whether a gap holds anything but spaces and tabs. */
    private static boolean marked(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch != ' ' && ch != '\t') {
                return true;
            }
        }
        return false;
    }
}
