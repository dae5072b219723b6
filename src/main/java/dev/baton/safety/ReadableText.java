package dev.baton.safety;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;

/**
 * A message as a person reads it, which is what the secret detectors scan: compatibility forms folded
 * (NFKC: full-width letters and digits, circled and mathematical letters, ideographic spaces), invisible
 * format characters dropped (zero-width spaces and joiners, soft hyphens, bidi marks, variation selectors),
 * accents taken off Latin letters (so "ábaco" reads as the Spanish word it is, typed with or without them),
 * Hangul jamo and kana voicing marks composed into the syllables people type,
 * symbols such as emoji read as spaces, and Cyrillic or Greek look-alikes inside a Latin word ("аbandon"
 * with a Cyrillic "а") replaced by the letter they imitate, following Unicode's confusables
 * ({@link SpoofChecker} skeletons).
 *
 * <p>Every char of {@link #text()} remembers the span of the original it came from, so a secret found in
 * the readable text is redacted in the original exactly where the user typed it, invisible characters
 * included. Text that needs none of this (most messages: ASCII and common Chinese) is kept as it is, at the
 * cost of one pass over its chars.
 *
 * <p>Immutable; {@link #of} is thread-safe.
 */
final class ReadableText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /** Confusable folds are looked up once per char: a table of the Greek and Cyrillic blocks. */
    private static final char LOOK_ALIKE_FIRST = '\u0370';

    private static final char LOOK_ALIKE_LAST = '\u052f';
    private static final char[] LOOK_ALIKES = lookAlikeTable();

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private ReadableText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The readable form of {@code original}. */
    static ReadableText of(String original) {
        int n = original.length();
        int first = 0;
        while (first < n && unchanged(original.charAt(first))) {
            first++;
        }
        if (first == n) {
            return new ReadableText(original, null, null);
        }
        Builder out = new Builder(n);
        for (int i = 0; i < first; i++) {
            out.append(original.charAt(i), i, i + 1);
        }
        int i = first;
        while (i < n) {
            char c = original.charAt(i);
            if (unchanged(c)) {
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            fold(cp, i, next, out);
            i = next;
        }
        out.foldLookAlikes();
        return out.build();
    }

    /** The text to scan. */
    String text() {
        return text;
    }

    /** Where the char at {@code at} of {@link #text()} starts in the original. */
    int originalStart(int at) {
        return starts == null ? at : starts[at];
    }

    /** Where the chars of {@link #text()} before {@code end} (exclusive, at least 1) end in the original. */
    int originalEnd(int end) {
        return ends == null ? end : ends[end - 1];
    }

    /** Printable ASCII, line breaks, and the Chinese characters and punctuation NFKC leaves alone. */
    private static boolean unchanged(char c) {
        return (c >= ' ' && c < 0x7f)
                || c == '\n'
                || c == '\r'
                || c == '\t'
                || (c >= '\u4e00' && c <= '\u9fff')
                || (c >= '\u3001' && c <= '\u303f');
    }

    private static void fold(int cp, int from, int to, Builder out) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT || isVariationSelector(cp) || cp == 0x034f) {
            out.extendLast(to);
            return;
        }
        if (type == Character.NON_SPACING_MARK && out.lastIsAsciiLetter()) {
            out.extendLast(to);
            return;
        }
        if (cp <= LOOK_ALIKE_LAST && lookAlike((char) cp) != 0) {
            // Folded as a look-alike before NFKC turns it into another Greek or Cyrillic letter ("ϲ" into "ς").
            out.append((char) cp, from, to);
            return;
        }
        String folded = NFKC.normalize(new String(Character.toChars(cp)));
        boolean symbol = type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE;
        if (symbol && !(folded.length() == 1 && Character.isLetterOrDigit(folded.charAt(0)))) {
            out.append(' ', from, to);
            return;
        }
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK && out.lastIsAsciiLetter()) {
                continue;
            }
            if (out.composeWithLast(c, to)) {
                continue;
            }
            out.append(withoutAccent(c), from, to);
        }
    }

    /** A Latin letter with diacritics as its base letter ("é" as "e"); any other char as it is. */
    private static char withoutAccent(char c) {
        if (c < 0xc0 || c > 0x24f) {
            return c;
        }
        String decomposed = NFD.getDecomposition(c);
        if (decomposed == null) {
            return c;
        }
        char base = decomposed.charAt(0);
        return base < 0x80 && Character.isLetter(base) ? base : c;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    }

    /** Per Greek or Cyrillic char, the ASCII letter its confusable skeleton is, or 0. */
    private static char[] lookAlikeTable() {
        char[] table = new char[LOOK_ALIKE_LAST - LOOK_ALIKE_FIRST + 1];
        for (char c = LOOK_ALIKE_FIRST; c <= LOOK_ALIKE_LAST; c++) {
            if (Character.isLetter(c)) {
                String skeleton = CONFUSABLES.getSkeleton(String.valueOf(c));
                if (skeleton.length() == 1 && skeleton.charAt(0) < 0x80 && Character.isLetter(skeleton.charAt(0))) {
                    char latin = skeleton.charAt(0);
                    // Skeletons take a capital I for an l; in a word it reads as the I it imitates.
                    table[c - LOOK_ALIKE_FIRST] = Character.isUpperCase(c) && latin == 'l' ? 'I' : latin;
                }
            }
        }
        return table;
    }

    private static char lookAlike(char c) {
        return c >= LOOK_ALIKE_FIRST && c <= LOOK_ALIKE_LAST ? LOOK_ALIKES[c - LOOK_ALIKE_FIRST] : 0;
    }

    /** Accumulates the readable chars and their original spans. */
    private static final class Builder {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int capacity) {
            chars = new char[capacity + 8];
            starts = new int[capacity + 8];
            ends = new int[capacity + 8];
        }

        void append(char c, int from, int to) {
            if (size == chars.length) {
                chars = Arrays.copyOf(chars, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            chars[size] = c;
            starts[size] = from;
            ends[size] = to;
            size++;
        }

        /** An invisible char joins the one before it, so redacting that char removes it too. */
        void extendLast(int to) {
            if (size > 0) {
                ends[size - 1] = to;
            }
        }

        /**
         * Composes {@code c} with the char before it where NFC would (Hangul jamo typed apart, kana with a
         * separate voicing mark), so a word pasted decomposed reads as the syllables people type.
         */
        boolean composeWithLast(char c, int to) {
            if (size == 0 || !(c >= '\u1160' && c <= '\u11ff' || c == '\u3099' || c == '\u309a')) {
                return false;
            }
            int composed = NFC.composePair(chars[size - 1], c);
            if (composed < 0 || composed > 0xffff) {
                return false;
            }
            chars[size - 1] = (char) composed;
            ends[size - 1] = to;
            return true;
        }

        boolean lastIsAsciiLetter() {
            return size > 0 && chars[size - 1] < 0x80 && Character.isLetter(chars[size - 1]);
        }

        /**
         * Replaces look-alikes by the Latin letter they imitate, in words that mix them with Latin letters or
         * are made of nothing else; a word in Greek or Russian proper keeps its letters.
         */
        void foldLookAlikes() {
            int i = 0;
            while (i < size) {
                if (!Character.isLetter(chars[i])) {
                    i++;
                    continue;
                }
                int j = i;
                boolean latin = false;
                boolean other = false;
                boolean alike = false;
                while (j < size && Character.isLetter(chars[j])) {
                    char c = chars[j];
                    if (c < 0x80) {
                        latin = true;
                    } else if (lookAlike(c) != 0) {
                        alike = true;
                    } else {
                        other = true;
                    }
                    j++;
                }
                if (alike && (latin || !other)) {
                    for (int k = i; k < j; k++) {
                        char folded = lookAlike(chars[k]);
                        if (folded != 0) {
                            chars[k] = folded;
                        }
                    }
                }
                i = j;
            }
        }

        ReadableText build() {
            return new ReadableText(new String(chars, 0, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
        }
    }
}
