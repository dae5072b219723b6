package dev.baton.safety;

import java.util.Locale;
import java.util.Set;

/**
 * What a secret the user has named looks like ({@link DeclaredSecretDetector} looks for these next to the
 * name): a phrase, as a run of at least {@value #MIN_WORDS} Latin words with at most one everyday English word
 * among them, or of as many single Han characters; a key, as one token of at least {@value #MIN_KEY} chars that
 * mixes letters and digits. Immutable and thread-safe.
 */
final class SecretShapes {

    static final int MIN_WORDS = 8;
    static final int MIN_KEY = 20;

    private static final Set<String> EVERYDAY = Set.of(
            "the", "and", "but", "for", "not", "you", "your", "are", "was", "were", "can", "cant", "can't", "why",
            "how", "what", "when", "where", "with", "this", "that", "have", "has", "had", "does", "did", "its", "it's",
            "app", "wallet", "phrase", "seed", "words", "word", "key", "please", "pls", "help", "check", "import",
            "error", "invalid", "wrong", "working", "work", "again", "into", "from", "they", "them", "there", "here",
            "just", "said", "says", "ask", "asked", "will", "would", "should", "could", "our", "out", "all", "any",
            "one", "who", "got", "get", "let", "see", "yes", "now", "still", "keep", "keeps", "tried", "try", "show",
            "shows", "showing");

    private final Set<String> ordinaryWords;

    /** @param ordinaryWords words ordinary support messages use: a run mostly of these is a list of topics */
    SecretShapes(Set<String> ordinaryWords) {
        this.ordinaryWords = Set.copyOf(ordinaryWords);
    }

    /** The end of a phrase-like run starting at {@code start}, or {@code start} if there is none. */
    int runEnd(String text, int start) {
        int latin = latinRunEnd(text, start);
        return latin > start ? latin : hanRunEnd(text, start);
    }

    private int latinRunEnd(String text, int start) {
        int[] run = latinRun(text, start);
        // A list of topics ("help pages about unlock, screen lock, visa card") is mostly words people use.
        return run[1] >= MIN_WORDS && run[2] * 2 <= run[1] ? run[0] : start;
    }

    /**
     * The words from {@code start}: {end, how many, how many are ordinary words}. At most one everyday
     * English word ("is", "the", "app") may stand among them.
     */
    int[] latinRun(String text, int start) {
        int n = text.length();
        int i = start;
        int words = 0;
        int everyday = 0;
        int ordinary = 0;
        int end = start;
        while (i < n) {
            int j = i;
            while (j < n && isWordLetter(text.charAt(j))) {
                j++;
            }
            int len = j - i;
            int shortest = j > i && text.charAt(i) < 0x80 ? 3 : 2;
            if (len < shortest || len > 12 || (j < n && Character.isLetterOrDigit(text.charAt(j)))) {
                break;
            }
            String word = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (EVERYDAY.contains(word) && ++everyday > 1) {
                break;
            }
            ordinary += ordinaryWords.contains(word) ? 1 : 0;
            words++;
            end = j;
            i = skipSeparators(text, j);
            if (i == j && i < n) {
                break;
            }
        }
        return new int[] {end, words, ordinary};
    }

    private static int hanRunEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int chars = 0;
        int end = start;
        while (i < n && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
            if (i + 1 < n && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                break;
            }
            chars++;
            end = i + 1;
            int next = skipSeparators(text, i + 1);
            if (next == i + 1) {
                break;
            }
            i = next;
        }
        return chars >= MIN_WORDS ? end : start;
    }

    /** Skips spaces, commas, slashes, dashes and list numbers ("1." "2)" "3:") between words. */
    static int skipSeparators(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    || c == ','
                    || c == '，'
                    || c == '、'
                    || c == '/'
                    || c == '-'
                    || c == '|'
                    || c == ';'
                    || c == '.'
                    || c == ')'
                    || c == '('
                    || Character.isDigit(c)
                    || c == ':' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a key-like token starting at {@code start}, or {@code start} if there is none. */
    static int keyEnd(String text, int start) {
        int n = text.length();
        int i = start;
        boolean letter = false;
        boolean digit = false;
        while (i < n && text.charAt(i) > ' ' && text.charAt(i) < 127 && text.charAt(i) != ',') {
            char c = text.charAt(i);
            letter |= isAsciiLetter(c);
            digit |= Character.isDigit(c);
            i++;
        }
        String token = text.substring(start, i);
        if (i - start < MIN_KEY || !letter || !digit || token.contains("@") || token.contains("://")) {
            return start;
        }
        return i;
    }

    /** A letter of a word in a list of words: Latin, kana, Hangul, Cyrillic; not a Chinese character. */
    static boolean isWordLetter(char c) {
        return Character.isLetter(c) && !Character.isIdeographic(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
