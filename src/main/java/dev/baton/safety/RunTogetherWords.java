package dev.baton.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list's words written without separators ("abandonabilityable...", or joined by zero-width spaces that
 * {@link ReadableText} drops), split back into the words.
 */
final class RunTogetherWords {

    /** Tokens at least this long that are no word are tried as words run together. */
    static final int MIN_LENGTH = 10;
    /** Longer tokens are not split: a phrase of 24 words run together is shorter. */
    private static final int MAX_LENGTH = 300;

    private RunTogetherWords() {}

    /**
     * Whether token {@code t} may be the list's words written without separators: longer than any word, and
     * read char for char (so a piece of the token is a piece of the text).
     */
    static boolean splittable(SeedWordlist list, WordTokens tokens, int t) {
        int length = tokens.length(t);
        return length > list.maxLength()
                && length >= 2 * list.minLength()
                && (tokens.ascii[t] ? length >= MIN_LENGTH : tokens.key(t).length() == length);
    }

    /**
     * Splits a token of words run together into the list's words, adding each to {@code run}; false, adding
     * nothing, when the token is not made of at least two of them.
     */
    static boolean split(SeedWordlist list, String token, int offset, WordRun run) {
        int n = token.length();
        if (n > MAX_LENGTH) {
            return false;
        }
        int[] from = new int[n + 1];
        int[] value = new int[n + 1];
        Arrays.fill(from, -1);
        from[0] = 0;
        int min = list.minLength();
        int max = list.maxLength();
        for (int i = 0; i < n; i++) {
            if (from[i] < 0) {
                continue;
            }
            for (int len = min; len <= max && i + len <= n; len++) {
                if (from[i + len] < 0) {
                    int v = list.indexOf(token.substring(i, i + len));
                    if (v >= 0) {
                        from[i + len] = i;
                        value[i + len] = v;
                    }
                }
            }
        }
        if (from[n] < 0 || from[n] == 0) {
            return false;
        }
        List<int[]> pieces = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.add(new int[] {from[end], end, value[end]});
        }
        for (int p = pieces.size() - 1; p >= 0; p--) {
            int[] piece = pieces.get(p);
            run.add(offset + piece[0], offset + piece[1], piece[2]);
        }
        run.markJoined();
        return true;
    }
}
