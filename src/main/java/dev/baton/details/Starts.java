package dev.baton.details;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's matches can start with. Trying a pattern only where one of them stands (an
 * ASCII letter or digit only where no other ASCII letter or digit precedes it) costs a table look-up per
 * char instead of a full attempt at every alternative, which is what keeps extraction fast: Java's regex
 * engine does no such filtering for alternations, and its classes of CJK characters are slow to test.
 */
final class Starts {
    private final BitSet chars = new BitSet();

    /** Starts for a pattern whose matches begin with one of {@code firstChars} (ASCII letters in any case). */
    Starts(String firstChars) {
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            chars.set(c);
            if (isAsciiLetter(c)) {
                chars.set(Character.toUpperCase(c));
                chars.set(Character.toLowerCase(c));
            }
        }
    }

    /** A matcher over {@code text} whose look-behinds see past the region that {@link #find} sets. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether {@code m} matches at a start at or after {@code from}; if so {@code m} holds the first match. */
    boolean find(Matcher m, String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (canStart(text, i) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private boolean canStart(String text, int i) {
        char c = text.charAt(i);
        if (!chars.get(c)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        return !(isAsciiAlphanumeric(c) && isAsciiAlphanumeric(text.charAt(i - 1)));
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
