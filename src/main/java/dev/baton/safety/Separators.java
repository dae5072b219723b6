package dev.baton.safety;

/** Which characters may stand between the words of a pasted phrase: spaces, list punctuation, numbering. */
final class Separators {
    private static final String PUNCTUATION =
            ",.;:()[]{}-#*\"'|/\u3001\uff0c\uff1b\uff1a\uff08\uff09\u3002\u2022\u00b7";

    private Separators() {}

    /** Whitespace or punctuation that lists and numbering use ("1.", "2)", "3:", bullets, commas). */
    static boolean isGap(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || PUNCTUATION.indexOf(c) >= 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
